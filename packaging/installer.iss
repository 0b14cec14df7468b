; Inno Setup script (Inno Setup 6): wraps the folder build dist\HRPlanner in an installer,
; HRPlanner-setup-<version>.exe, in Traditional Chinese and English.
;
;   tools\build.bat            (builds dist\HRPlanner with packaging\hrplanner.spec)
;   iscc packaging\installer.iss
;
; The version is not written here: it is read from HRPlanner.exe, whose version resource
; the spec writes from hrplanner/__init__.py (or give it: iscc /DAppVersion=1.2.3 ...).
; Installs per user (no administrator rights needed), like the office PCs allow.

#define AppExe AddBackslash(SourcePath) + "..\dist\HRPlanner\HRPlanner.exe"
#ifndef AppVersion
  #if !FileExists(AppExe)
    #error dist\HRPlanner\HRPlanner.exe is missing: run tools\build.bat first.
  #endif
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error HRPlanner.exe has no version resource: rebuild it with packaging\hrplanner.spec.
#endif
; Chinese (Traditional) is one of Inno Setup's own translations in its recent releases;
; an older Inno Setup needs ChineseTraditional.isl (from the Inno Setup translations page)
; in its Languages folder.
#if !FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
  #error Inno Setup's Languages\ChineseTraditional.isl is missing: update Inno Setup or add it.
#endif

[Setup]
AppId={{6B1F4C2E-9D3A-4E57-8C1B-2A7E5F0D9C41}
AppName=HR Planner 人事訓練考核管理
AppVersion={#AppVersion}
AppVerName=HR Planner 人事訓練考核管理 {#AppVersion}
AppPublisher=HR Planner
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\HRPlanner
DefaultGroupName=HR Planner 人事訓練考核管理
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=HRPlanner-setup-{#AppVersion}
SetupIconFile=..\resources\icons\hrplanner.ico
UninstallDisplayIcon={app}\HRPlanner.exe
UninstallDisplayName=HR Planner 人事訓練考核管理
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; The first is the default when Windows speaks neither language.
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_TW.AppTitle=HR Planner 人事訓練考核管理
en.AppTitle=HR Planner (personnel training and appraisal)
zh_TW.CommandLine=HR Planner 命令列
en.CommandLine=HR Planner command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\HRPlanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\HRPlanner.exe"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\hrplanner-cli.exe"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\HRPlanner.exe"
Name: "{group}\{cm:UninstallProgram,HR Planner}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\HRPlanner.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\HRPlanner.exe"; Description: "{cm:LaunchProgram,HR Planner}"; Flags: nowait postinstall skipifsilent
