@echo off
rem Shop Suite launcher for Windows.
rem   shop-suite demo      start the server with a demo shop on :8088 and open the desktop app;
rem                        closing the app stops that server
rem   shop-suite server    start the server (pass server flags after it)
rem   shop-suite desktop   open the desktop app
setlocal
set HERE=%~dp0
set JAR=%HERE%shop-server\target\shop-server.jar
set DESKTOP=%HERE%shop-desktop\target\shop-desktop-0.1.0-SNAPSHOT.jar
if not exist "%DESKTOP%" call "%HERE%mvnw.cmd" -B -q -DskipTests package || exit /b 1
if /I "%1"=="demo" goto demo
if /I "%1"=="server" goto server
if /I "%1"=="desktop" goto desktop
echo Usage: shop-suite demo ^| shop-suite server [flags] ^| shop-suite desktop
exit /b 1

:demo
if "%SHOP_DATA_DIR%"=="" set SHOP_DATA_DIR=%APPDATA%\ShopSuiteDemo
echo Demo users: manager, counter, kim, lee, park, choi (password demo1234).
start "Shop Suite server" /min java -jar "%JAR%" --demo --host 127.0.0.1 --port 8088
powershell -NoProfile -Command "for($i=0;$i -lt 60;$i++){try{(New-Object Net.Sockets.TcpClient('127.0.0.1',8088)).Close();exit 0}catch{Start-Sleep -Milliseconds 500}};exit 1"
java -jar "%DESKTOP%" --server=http://localhost:8088
taskkill /FI "WINDOWTITLE eq Shop Suite server*" /T /F >nul 2>&1
exit /b 0

:server
shift
java -jar "%JAR%" %1 %2 %3 %4 %5 %6 %7 %8 %9
exit /b %ERRORLEVEL%

:desktop
java -jar "%DESKTOP%" %2 %3
exit /b %ERRORLEVEL%
