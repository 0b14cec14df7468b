@echo off
rem Build the PyInstaller folder dist\HRPlanner on Windows (tools/build.sh does it on Linux):
rem HRPlanner.exe, the window, and hrplanner-cli.exe, the command line. Then, with Inno Setup
rem 6 installed, the installer: "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\installer.iss
rem The build environment build\venv holds PyInstaller and HR Planner installed from this
rem folder with its dependencies, so that the bundle holds what a user gets.
setlocal
cd /d "%~dp0.."
if not exist build\venv\Scripts\python.exe (
  py -3 -m venv build\venv || exit /b 1
  build\venv\Scripts\python -m pip install -q --upgrade pip || exit /b 1
)
build\venv\Scripts\python -m pip install -q "pyinstaller>=6.10,<7" . || exit /b 1
build\venv\Scripts\pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\hrplanner.spec || exit /b 1
dist\HRPlanner\hrplanner-cli.exe --help >nul || exit /b 1
echo Built dist\HRPlanner.
