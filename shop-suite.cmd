@echo off
rem Shop Suite launcher for Windows.
rem   shop-suite demo     build if needed, then start the server with a demo shop on :8088
rem   shop-suite server   build if needed, then start the server (pass server flags after it)
setlocal
set HERE=%~dp0
set JAR=%HERE%shop-server\target\shop-server.jar
if not exist "%JAR%" call "%HERE%mvnw.cmd" -B -q -DskipTests package || exit /b 1
if /I "%1"=="demo" (
  if "%SHOP_DATA_DIR%"=="" set SHOP_DATA_DIR=%APPDATA%\ShopSuiteDemo
  echo Demo users: manager, counter, kim, lee, park, choi ^(password demo1234^).
  java -jar "%JAR%" --demo
  exit /b %ERRORLEVEL%
)
if /I "%1"=="server" (
  shift
  java -jar "%JAR%" %1 %2 %3 %4 %5 %6 %7 %8 %9
  exit /b %ERRORLEVEL%
)
echo Usage: shop-suite demo ^| shop-suite server [flags]
