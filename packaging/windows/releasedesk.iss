; Inno Setup script for ReleaseDesk on Windows. Build the bundle on Windows first:
;   python packaging\windows\make_ico.py
;   python -m PyInstaller --noconfirm packaging\pyinstaller\releasedesk.spec
; then compile this script with Inno Setup 6 (iscc packaging\windows\releasedesk.iss).

#define AppName "ReleaseDesk"
#define AppVersion "0.1.0"
#define AppId "org.releasedesk.ReleaseDesk"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The ReleaseDesk team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=ReleaseDesk-{#AppVersion}-setup
SetupIconFile=releasedesk.ico
UninstallDisplayIcon={app}\releasedesk-editor.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile=..\..\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\releasedesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\releasedesk-editor.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\releasedesk-editor.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; *.release files open in ReleaseDesk.
Root: HKA; Subkey: "Software\Classes\.release"; ValueType: string; ValueName: ""; ValueData: "ReleaseDesk.Release"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ReleaseDesk.Release"; ValueType: string; ValueName: ""; ValueData: "ReleaseDesk press release"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ReleaseDesk.Release\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\releasedesk-editor.exe,0"
Root: HKA; Subkey: "Software\Classes\ReleaseDesk.Release\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\releasedesk-editor.exe"" ""%1"""

[Run]
Filename: "{app}\releasedesk-editor.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
