; Inno Setup script: the Windows installer of fpdesk (docs/installing.md).
;
; Input: the PyInstaller folder build\pyinstaller\dist\fpdesk (installer\fpdesk.spec), with
; fpdesk.exe (windowed, the shortcuts) and fpdesk-cli.exe (console, for the sub-commands).
;
;   iscc /DAppVersion=0.1.0 installer\fpdesk.iss      ->  dist\fpdesk-0.1.0-setup.exe
;
; Chinese and English wizard; a Start-menu entry and a desktop shortcut. By default it
; installs for the current user only (no administrator needed: %LOCALAPPDATA%\Programs\fpdesk);
; the first page offers "all users" as well. The clerk's data (databases, backups, logs)
; lives in the user's profile, %LOCALAPPDATA%\fpdesk (platformdirs): the installer never
; writes there and uninstalling leaves it in place.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceDir "..\build\pyinstaller\dist\fpdesk"

[Setup]
AppId={{01618800-7E57-4BC8-AA43-F5AD68E988AA}
AppName=fpdesk
AppVerName=fpdesk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=fpdesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\fpdesk
DefaultGroupName=fpdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=fpdesk-{#AppVersion}-setup
SetupIconFile=..\fpdesk\resources\icons\fpdesk.ico
UninstallDisplayIcon={app}\fpdesk.exe
UninstallDisplayName={cm:AppTitle}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=人口计生服务台账 fpdesk
english.AppTitle=fpdesk population and family-planning records
chinesesimplified.AppComment=乡镇人口计生服务离线台账
english.AppComment=Offline records desk for township population and family-planning service offices

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; a new version replaces the program's own files (never the data, which is not under {app})
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\fpdesk.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\fpdesk.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\fpdesk.exe"; Description: "{cm:LaunchProgram,fpdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for %LOCALAPPDATA%\fpdesk: the office's records outlive the program.
