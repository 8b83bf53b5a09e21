# Removes Oyla from this Windows user: the program folder, its shortcuts and its entry in Settings -> Apps.
# The pupils' projects, pictures and progress (the data folder) are KEPT; the app's My data page can delete them.
#   uninstall.bat               the usual install (%LOCALAPPDATA%\Programs\Oyla)
#   uninstall.bat -Portable     the install on this USB stick (Oyla-portable; OylaData is kept)
param(
    [switch]$Portable,
    [string]$Target = "",
    [switch]$Pause
)
$ErrorActionPreference = 'Continue'
try { [Console]::OutputEncoding = [System.Text.Encoding]::UTF8 } catch { }

function Say([string]$en, [string]$ru, [string]$kk) { Write-Host $en; Write-Host "  RU: $ru"; Write-Host "  KK: $kk" }
function Done([int]$code) { if ($Pause) { Read-Host 'Enter' | Out-Null }; exit $code }

if (-not $Target) {
    if (Test-Path -LiteralPath (Join-Path $PSScriptRoot 'venv')) { $Target = $PSScriptRoot }  # the copy inside an install
    elseif ($Portable) { $Target = Join-Path (Split-Path -Parent $PSScriptRoot) 'Oyla-portable' }
    else { $Target = Join-Path $env:LOCALAPPDATA 'Programs\Oyla' }
}
$Target = [System.IO.Path]::GetFullPath($Target)
$Venv = Join-Path $Target 'venv'
if (-not (Test-Path -LiteralPath $Venv)) {
    Say "Oyla is not installed in $Target." "Oyla не установлена в $Target." "Oyla $Target қалтасында орнатылмаған."
    Done 1
}
Set-Location -LiteralPath $env:TEMP  # a folder that is someone's current directory cannot be removed
# Move the program aside first: that fails at once, changing nothing, while Oyla is running.
$Aside = Join-Path $Target ('vr-' + [guid]::NewGuid().ToString('N').Substring(0, 4))  # not longer than 'vn-xxxx'
try { Rename-Item -LiteralPath $Venv -NewName (Split-Path -Leaf $Aside) -ErrorAction Stop } catch {
    Say 'Oyla is running: close it (all windows), then run uninstall again. Nothing was removed.' `
        'Oyla сейчас запущена: закройте её и снова запустите удаление. Ничего не удалено.' `
        'Oyla қазір ашық: оны жауып, жоюды қайта іске қосыңыз. Ештеңе жойылған жоқ.'
    Done 1
}
Remove-Item -LiteralPath $Aside -Recurse -Force -ErrorAction SilentlyContinue
$shell = New-Object -ComObject WScript.Shell
foreach ($folder in @([Environment]::GetFolderPath('Programs'), [Environment]::GetFolderPath('Desktop'))) {
    $path = Join-Path $folder 'Oyla.lnk'
    if ((Test-Path -LiteralPath $path) -and $shell.CreateShortcut($path).TargetPath.StartsWith($Target)) {
        Remove-Item -LiteralPath $path -Force
    }
}
$key = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\Oyla'
if ((Test-Path $key) -and (Get-ItemProperty -Path $key).InstallLocation -eq $Target) { Remove-Item -Path $key -Recurse }
foreach ($name in @('uninstall.ps1', 'version.txt')) { Remove-Item -LiteralPath (Join-Path $Target $name) -Force -ErrorAction SilentlyContinue }
$launcher = Join-Path (Split-Path -Parent $Target) 'Start Oyla.bat'
if ($Portable -and (Test-Path -LiteralPath $launcher)) { Remove-Item -LiteralPath $launcher -Force }
if (-not (Get-ChildItem -LiteralPath $Target -Force)) { Remove-Item -LiteralPath $Target -Force }
$data = if (Test-Path -LiteralPath (Join-Path $Target 'OylaData')) { Join-Path $Target 'OylaData' } else { Join-Path $env:LOCALAPPDATA 'Oyla' }
Say "Oyla was removed. Pupils' work is kept in $data (delete that folder to remove it too)." `
    "Oyla удалена. Работы учеников остались в $data (удалите эту папку, чтобы стереть и их)." `
    "Oyla жойылды. Оқушылардың жұмыстары $data қалтасында қалды (оларды да өшіру үшін сол қалтаны жойыңыз)."
Done 0
