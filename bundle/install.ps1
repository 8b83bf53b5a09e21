# Oyla classroom installer for Windows 10/11 x64, run by install.bat. Installs from the wheels in this folder with
# no internet: a Python virtualenv is built in a temporary folder, checked, and only then renamed into place, so a
# failed or interrupted install never leaves a half-installed Oyla (an older Oyla keeps working).
#   install.bat                  for this user: %LOCALAPPDATA%\Programs\Oyla, Start menu + desktop shortcuts
#   install.bat -Portable        onto the USB stick: <bundle>\Oyla-portable, data in <bundle>\Oyla-portable\OylaData
#   install.bat -Target "D:\Apps\Oyla"   another folder
param(
    [switch]$Portable,
    [string]$Target = "",
    [switch]$NoShortcuts
)
# 'Continue': Windows PowerShell 5.1 turns a native program's stderr into errors; cmdlets that must stop say so.
$ErrorActionPreference = 'Continue'
try { [Console]::OutputEncoding = [System.Text.Encoding]::UTF8 } catch { }

$Files = $PSScriptRoot
$Bundle = Split-Path -Parent $Files
$Wheels = Join-Path $Files 'windows'
$Requirements = Join-Path $Wheels 'requirements.txt'

function Say([string]$en, [string]$ru, [string]$kk) {
    Write-Host $en
    Write-Host "  RU: $ru"
    Write-Host "  KK: $kk"
}

function Fail([string]$en, [string]$ru, [string]$kk) {
    Write-Host ''
    Write-Host 'Oyla was NOT installed. / Oyla НЕ установлена. / Oyla орнатылған жоқ.' -ForegroundColor Red
    Say $en $ru $kk
    exit 1
}

# 1. The bundle must be complete: the wheels folder travels with install.bat.
$OylaWheel = Get-ChildItem -LiteralPath $Files -Filter 'oyla-*.whl' -ErrorAction SilentlyContinue | Select-Object -First 1
$Count = @(Get-ChildItem -LiteralPath $Wheels -Filter '*.whl' -ErrorAction SilentlyContinue).Count
if (-not (Test-Path -LiteralPath $Requirements) -or $Count -eq 0 -or -not $OylaWheel) {
    Fail "The folder with Oyla's program files is missing or incomplete: $Wheels. Copy the WHOLE Oyla folder (with 'files' inside) from the USB stick, then run install.bat again." `
         "Папка с файлами программы Oyla отсутствует или неполная: $Wheels. Скопируйте с флешки ВСЮ папку Oyla (вместе с папкой 'files') и снова запустите install.bat." `
         "Oyla бағдарлама файлдары бар қалта жоқ немесе толық емес: $Wheels. Флешкадан Oyla қалтасын ТОЛЫҚ ('files' қалтасымен бірге) көшіріп, install.bat-ты қайта іске қосыңыз."
}
$Version = ($OylaWheel.Name -split '-')[1]

# 2. A 64-bit Python whose version this bundle has wheels for (the py launcher comes with python.org's installer).
$Wanted = @(Get-Content -LiteralPath (Join-Path $Wheels 'pythons.txt') | Where-Object { $_ -match '^\d+\.\d+$' })
# No double quotes inside: Windows PowerShell 5.1 does not escape them for native programs.
$Probe = "import sys, struct; print(sys.executable); print('%d.%d' % sys.version_info[:2]); print(struct.calcsize('P') * 8)"
$Python = $null
$Seen = @()
function Try-Python([string]$exe, [string[]]$pre) {
    try { $out = & $exe @pre -c $Probe 2>$null } catch { return $null }
    if ($LASTEXITCODE -ne 0 -or $out.Count -lt 3) { return $null }
    $script:Seen += "$($out[1]) ($($out[2])-bit) $($out[0])"
    if ($Wanted -contains $out[1] -and $out[2] -eq '64') { return $out[0] }
    return $null
}
foreach ($v in ($Wanted | Sort-Object { [version]$_ } -Descending)) {
    if (-not $Python -and (Get-Command py.exe -ErrorAction SilentlyContinue)) { $Python = Try-Python 'py.exe' @("-$v-64") }
}
if (-not $Python -and (Get-Command python.exe -ErrorAction SilentlyContinue)) { $Python = Try-Python 'python.exe' @() }
if (-not $Python) {
    $list = ($Wanted -join ' / ')
    $found = if ($Seen.Count) { ($Seen | Select-Object -Unique) -join '; ' } else { 'none / нет / жоқ' }
    Fail "Oyla needs Python $list (64-bit) from python.org. Found: $found. Install 'Python $($Wanted[-1]) - Windows installer (64-bit)' (tick 'Use admin privileges' and 'Add python.exe to PATH'), then run install.bat again." `
         "Для Oyla нужен Python $list (64-бит) с python.org. Найдено: $found. Установите 'Python $($Wanted[-1]) - Windows installer (64-bit)' (отметьте 'Add python.exe to PATH') и снова запустите install.bat." `
         "Oyla-ға python.org сайтындағы Python $list (64-бит) керек. Табылғаны: $found. 'Python $($Wanted[-1]) - Windows installer (64-bit)' орнатыңыз ('Add python.exe to PATH' белгілеңіз), содан кейін install.bat-ты қайта іске қосыңыз."
}
Write-Host "Python: $Python"

# 3. Where to install, and may we write there?
if (-not $Target) {
    $Target = if ($Portable) { Join-Path $Bundle 'Oyla-portable' } else { Join-Path $env:LOCALAPPDATA 'Programs\Oyla' }
}
$Target = [System.IO.Path]::GetFullPath($Target)
try {
    New-Item -ItemType Directory -Force -Path $Target -ErrorAction Stop | Out-Null
    $probeFile = Join-Path $Target ('.write-test-' + [guid]::NewGuid().ToString('N'))
    Set-Content -LiteralPath $probeFile -Value 'ok' -ErrorAction Stop
    Remove-Item -LiteralPath $probeFile -ErrorAction Stop
} catch {
    Fail "Cannot write to $Target (no permission). Run install.bat without -Target to install for your own user, or ask the administrator." `
         "Нет прав на запись в $Target. Запустите install.bat без -Target (установка для своего пользователя) или обратитесь к администратору." `
         "$Target қалтасына жазуға рұқсат жоқ. install.bat-ты -Target-сыз іске қосыңыз (өз пайдаланушыңызға орнату) немесе әкімшіге хабарласыңыз."
}
$Venv = Join-Path $Target 'venv'
# Windows limits paths to 260 characters unless long paths are enabled; torch's wheel holds files 160+ characters
# deep (longest.txt, written by build-bundle.sh), so a deep install folder would fail half-way. Check first.
$Longest = 0
try { $Longest = [int](Get-Content -LiteralPath (Join-Path $Wheels 'longest.txt') -ErrorAction Stop | Select-Object -First 1) } catch { }
$LongPaths = $false
try { $LongPaths = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -ErrorAction Stop).LongPathsEnabled -eq 1 } catch { }
$Deepest = (Join-Path $Target 'vn-0000\Lib\site-packages\').Length + $Longest
if (-not $LongPaths -and $Deepest -ge 260) {
    Fail "The folder $Target is too deep for Windows (its files would need $Deepest characters, at most 259). Install into a shorter folder, e.g. install.bat -Target C:\Oyla, or let an administrator turn on long paths ('Disable path length limit' at the end of the Python installer)." `
         "Папка $Target слишком глубокая для Windows (пути файлов до $Deepest символов, допускается 259). Установите в более короткую папку, например install.bat -Target C:\Oyla, или попросите администратора включить длинные пути ('Disable path length limit' в конце установки Python)." `
         "$Target қалтасы Windows үшін тым терең (файл жолдары $Deepest таңбаға дейін, рұқсат етілгені 259). Қысқарақ қалтаға орнатыңыз, мысалы install.bat -Target C:\Oyla, немесе әкімшіден ұзын жолдарды қосуды сұраңыз (Python орнатқышының соңындағы 'Disable path length limit')."
}
if (Test-Path -LiteralPath $Venv) {
    Say "Oyla is already installed in $Target; it is replaced once the new one is ready (pupils' work is kept)." `
        "Oyla уже установлена в $Target; она будет заменена, когда новая будет готова (работы учеников сохранятся)." `
        "Oyla $Target қалтасында орнатылған; жаңасы дайын болғанда ауыстырылады (оқушылардың жұмыстары сақталады)."
}

# 4. Build the new virtualenv beside the old one, offline, from the bundle's wheels only.
$New = Join-Path $Target ('vn-' + [guid]::NewGuid().ToString('N').Substring(0, 4))  # short: see the path check
$env:PIP_CONFIG_FILE = 'nul'  # ignore any pip configuration on this PC: only this bundle's wheels
$env:PIP_NO_INPUT = '1'
$env:PIP_DISABLE_PIP_VERSION_CHECK = '1'
$ok = $false
$dll = $false
try {
    Write-Host 'Installing Oyla (a few minutes) / Установка Oyla (несколько минут) / Oyla орнатылуда (бірнеше минут)...'
    & $Python -m venv $New
    if ($LASTEXITCODE -ne 0) { throw "python -m venv failed ($LASTEXITCODE)" }
    $NewPython = Join-Path $New 'Scripts\python.exe'
    & $NewPython -m pip install --no-index --find-links $Wheels --require-hashes --no-deps -q -r $Requirements
    if ($LASTEXITCODE -ne 0) { throw "pip install -r requirements.txt failed ($LASTEXITCODE)" }
    & $NewPython -m pip install --no-index --no-deps -q $OylaWheel.FullName
    if ($LASTEXITCODE -ne 0) { throw "pip install $($OylaWheel.Name) failed ($LASTEXITCODE)" }
    $check = & $NewPython -c 'import torch, onnxruntime, cv2, PySide6.QtWidgets, app.resources as r; print(r.builtin_packs_dir())' 2>&1
    if ($LASTEXITCODE -ne 0) {
        $text = ($check | Out-String)
        $dll = $text -match 'DLL|c10|WinError 126'
        throw "the installed Oyla does not start: $text"
    }
    if ($Portable) { Set-Content -LiteralPath (Join-Path $New 'oyla-portable.txt') -Value 'The data folder is OylaData beside this folder.' -ErrorAction Stop }
    $ok = $true
} catch {
    $why = $_.Exception.Message
} finally {
    if (-not $ok -and (Test-Path -LiteralPath $New)) { Remove-Item -LiteralPath $New -Recurse -Force -ErrorAction SilentlyContinue }
}
if (-not $ok -and $dll) {
    Fail "torch cannot load its DLLs: install the Microsoft Visual C++ Redistributable (x64, 'vc_redist.x64.exe'), then run install.bat again. ($why)" `
         "torch не может загрузить свои DLL: установите Microsoft Visual C++ Redistributable (x64, 'vc_redist.x64.exe') и снова запустите install.bat." `
         "torch өз DLL файлдарын жүктей алмайды: Microsoft Visual C++ Redistributable (x64, 'vc_redist.x64.exe') орнатып, install.bat-ты қайта іске қосыңыз."
}
if (-not $ok) {
    Fail "The installation failed and was undone: $why" "Установка не удалась и отменена: $why" "Орнату сәтсіз аяқталды және болдырылмады: $why"
}

# 5. Swap it in. A running Oyla locks its files: then the old one stays as it was.
$Old = $null
if (Test-Path -LiteralPath $Venv) {
    $Old = Join-Path $Target ('vo-' + [guid]::NewGuid().ToString('N').Substring(0, 4))
    try { Rename-Item -LiteralPath $Venv -NewName (Split-Path -Leaf $Old) -ErrorAction Stop } catch {
        Remove-Item -LiteralPath $New -Recurse -Force -ErrorAction SilentlyContinue
        Fail "Oyla is running on this computer: close it (all windows), then run install.bat again. The installed Oyla was not changed." `
             "Oyla сейчас запущена: закройте её (все окна) и снова запустите install.bat. Установленная Oyla не изменена." `
             "Oyla қазір ашық: оны жабыңыз (барлық терезелерін), содан кейін install.bat-ты қайта іске қосыңыз. Орнатылған Oyla өзгермеді."
    }
}
try { Rename-Item -LiteralPath $New -NewName 'venv' -ErrorAction Stop } catch {
    if ($Old) { Rename-Item -LiteralPath $Old -NewName 'venv' -ErrorAction SilentlyContinue }
    Remove-Item -LiteralPath $New -Recurse -Force -ErrorAction SilentlyContinue
    Fail "Could not put the new Oyla in place ($($_.Exception.Message)); the previous state was restored." `
         "Не удалось установить новую Oyla ($($_.Exception.Message)); прежнее состояние восстановлено." `
         "Жаңа Oyla-ны орнына қою мүмкін болмады ($($_.Exception.Message)); бұрынғы күйі қалпына келтірілді."
}
if ($Old) { Remove-Item -LiteralPath $Old -Recurse -Force -ErrorAction SilentlyContinue }
Copy-Item -LiteralPath (Join-Path $Files 'uninstall.ps1') -Destination $Target -Force
Set-Content -LiteralPath (Join-Path $Target 'version.txt') -Value $Version

# 6. Start Oyla with "pythonw -m app" (a venv's .exe launchers hold absolute paths; this survives the rename).
$Pythonw = Join-Path $Venv 'Scripts\pythonw.exe'
$Icon = Join-Path $Venv 'Lib\site-packages\app\_data\assets\oyla.ico'
if ($Portable) {
    $launcher = Join-Path $Bundle 'Start Oyla.bat'
    $lines = @('@echo off', 'rem Starts the Oyla installed on this USB stick (install.bat -Portable); data in Oyla-portable\OylaData.',
               'start "" "%~dp0Oyla-portable\venv\Scripts\pythonw.exe" -m app')
    if ($Target -eq (Join-Path $Bundle 'Oyla-portable')) { [System.IO.File]::WriteAllLines($launcher, $lines) }
} elseif (-not $NoShortcuts) {
    $shell = New-Object -ComObject WScript.Shell
    foreach ($folder in @([Environment]::GetFolderPath('Programs'), [Environment]::GetFolderPath('Desktop'))) {
        $link = $shell.CreateShortcut((Join-Path $folder 'Oyla.lnk'))
        $link.TargetPath = $Pythonw
        $link.Arguments = '-m app'
        $link.WorkingDirectory = $Target
        $link.IconLocation = "$Icon,0"
        $link.Description = 'Oyla: teach a computer to see'
        $link.Save()
    }
    # Settings -> Apps lists it with an uninstall button (per user: no administrator needed).
    $key = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\Oyla'
    New-Item -Path $key -Force | Out-Null
    $uninstall = "powershell.exe -NoProfile -ExecutionPolicy Bypass -File `"$(Join-Path $Target 'uninstall.ps1')`" -Target `"$Target`" -Pause"
    foreach ($pair in @(@('DisplayName', 'Oyla'), @('DisplayVersion', $Version), @('Publisher', 'Oyla'),
                        @('InstallLocation', $Target), @('DisplayIcon', $Icon), @('UninstallString', $uninstall))) {
        Set-ItemProperty -Path $key -Name $pair[0] -Value $pair[1]
    }
    Set-ItemProperty -Path $key -Name 'NoModify' -Value 1 -Type DWord
    Set-ItemProperty -Path $key -Name 'NoRepair' -Value 1 -Type DWord
}

Write-Host ''
Write-Host "Oyla $Version is installed. / Oyla $Version установлена. / Oyla $Version орнатылды." -ForegroundColor Green
if ($Portable) {
    Say "Start it with 'Start Oyla.bat' on the stick; pupils' work is saved in $(Join-Path $Target 'OylaData')." `
        "Запускайте 'Start Oyla.bat' на флешке; работы учеников сохраняются в $(Join-Path $Target 'OylaData')." `
        "Флешкадағы 'Start Oyla.bat' арқылы іске қосыңыз; оқушылардың жұмыстары $(Join-Path $Target 'OylaData') қалтасында сақталады."
} else {
    Say 'Start it from the Start menu or the Oyla icon on the desktop.' 'Запускайте из меню «Пуск» или значком Oyla на рабочем столе.' '«Бастау» мәзірінен немесе жұмыс үстеліндегі Oyla белгішесінен іске қосыңыз.'
}
exit 0
