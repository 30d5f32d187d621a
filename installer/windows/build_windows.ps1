# Build the Windows installer (dist\safetyworker-setup-VERSION.exe). Run in PowerShell on Windows 10 or 11 (x64)
# with Python 3.11 or newer (the py launcher) and Inno Setup 6 installed:
#
#     powershell -ExecutionPolicy Bypass -File installer\windows\build_windows.ps1
#
# Steps: a .venv with the app and PyInstaller (exact versions from requirements.lock and
# installer\requirements-build.txt), the one-folder build from installer\safetyworker.spec, the frozen app's
# --self-test (it must pass before anything is packaged), then Inno Setup on installer\windows\safetyworker.iss.
# Not built or tried in this project's CI, which runs on Linux only.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$env:PATH = "$root\.venv\Scripts;$env:PATH"   # pyside6-uic for the forms, pyinstaller
# As make setup: every package hash-checked from the locks, then the project alone (it has no file to hash).
python -m pip install --quiet --require-hashes -r requirements.lock
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
python -m pip install --quiet --no-deps --no-build-isolation -e .
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
python -m pip install --quiet --require-hashes -c requirements.lock -r installer\requirements-build.txt
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\safetyworker.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The desktop program is a windowed one: -NoNewWindow lets it print its lines into this console.
$env:QT_QPA_PLATFORM = "offscreen"
$test = Start-Process dist\safetyworker\safetyworker-desktop.exe -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow
Remove-Item Env:\QT_QPA_PLATFORM
if ($test.ExitCode -ne 0) { throw "the frozen app's self-test failed: nothing was packaged" }

$version = python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" installer\windows\safetyworker.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\safetyworker-setup-$version.exe"
