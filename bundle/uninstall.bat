@echo off
rem Removes Oyla (the program, its shortcuts). The pupils' projects and pictures are kept.
rem   uninstall.bat            the usual install;   uninstall.bat -Portable   the install on this USB stick
setlocal
set "script=%~dp0files\uninstall.ps1"
if not exist "%script%" set "script=%~dp0uninstall.ps1"
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%script%" %*
set "code=%ERRORLEVEL%"
echo.
pause
exit /b %code%
