; Inno Setup script: wraps dist\HRPlanner (built by packaging\hrplanner.spec) in an installer.
[Setup]
AppName=HR Planner 人事訓練考核管理
AppVersion=0.1.0
DefaultDirName={autopf}\HRPlanner
DefaultGroupName=HR Planner
OutputBaseFilename=HRPlanner-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest

[Files]
Source: "..\dist\HRPlanner\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\HR Planner 人事訓練考核管理"; Filename: "{app}\HRPlanner.exe"
Name: "{autodesktop}\HR Planner"; Filename: "{app}\HRPlanner.exe"
