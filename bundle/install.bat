@echo off
rem Oyla classroom bundle: installs Oyla for this Windows user from the wheels beside this file (no internet).
rem   install.bat              install (or update) into %%LOCALAPPDATA%%\Programs\Oyla, with Start menu + desktop shortcuts
rem   install.bat -Portable    install onto this USB stick; the pupils' data stays on the stick too
rem The work is done by files\install.ps1 (PowerShell comes with Windows 10 and 11).
setlocal
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0files\install.ps1" %*
set "code=%ERRORLEVEL%"
echo.
pause
exit /b %code%
