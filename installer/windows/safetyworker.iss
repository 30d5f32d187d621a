; Inno Setup 6 script: Safety Worker for one Windows user, installed without administrator rights.
;
; Build it on Windows with installer\windows\build_windows.ps1 (PyInstaller one-folder build, its self-test,
; then this script). By hand: ISCC.exe /DAppVersion=0.1.0 installer\windows\safetyworker.iss, after
; dist\safetyworker\ has been built from installer\safetyworker.spec.
;
; What goes where:
;   the program      {localappdata}\Programs\Safety Worker   (this installer's folder, removed on uninstall)
;   the worker's store  %LOCALAPPDATA%\SafetyWorker\store    (made by the app on first run; platformdirs)
;
; THE UNINSTALLER NEVER DELETES THE STORE. The store holds the caseload, encrypted, and may be the only copy of
; work not yet synced to the office. It lives outside {app}, and it is deliberately NOT listed under
; [UninstallDelete] (there is no such section): Inno Setup removes only the files it installed. Removing a
; worker's data is a separate, deliberate step for IT (see the README, "Installing on a worker's laptop").
; The store's device secret in Windows Credential Manager ("Safety Worker store") and the app's preferences
; (HKCU\Software\SafetyWorker: window sizes, idle minutes; never case data) are left as well.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{3528927E-F029-4A41-88F7-F0D2EDABF119}
AppName=Safety Worker
AppVersion={#AppVersion}
AppVerName=Safety Worker {#AppVersion}
AppPublisher=Safety Worker
DefaultDirName={localappdata}\Programs\Safety Worker
DefaultGroupName=Safety Worker
DisableProgramGroupPage=yes
DisableDirPage=yes
; Per-user: no administrator rights, nothing written for other users of the laptop.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=safetyworker-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Safety Worker
UninstallDisplayIcon={app}\safetyworker-desktop.exe
; An update closes a running copy first (the app locks and closes its store properly when asked to quit).
CloseApplications=yes
RestartApplications=no

[Languages]
; English only: Inno Setup ships no Welsh translation of its own pages.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\safetyworker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Safety Worker"; Filename: "{app}\safetyworker-desktop.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Safety Worker"; Filename: "{app}\safetyworker-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\safetyworker-desktop.exe"; Description: "{cm:LaunchProgram,Safety Worker}"; Flags: nowait postinstall skipifsilent
