@echo off
rem childplan: checks children's services plans against the law. Usage: childplan --help
rem Runs the jars in this distribution's lib\ with Java 17 or newer: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set,
rem else the java on the PATH.
setlocal

set "APP_HOME=%~dp0.."
set "JAVA_EXE=java.exe"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo childplan: JAVA_HOME ^(%JAVA_HOME%^) has no bin\java.exe; it needs Java 17 or newer 1>&2
  exit /b 2
)
if not defined JAVA_HOME (
  where java.exe >nul 2>&1 || (
    echo childplan: needs Java 17 or newer on the PATH, or JAVA_HOME 1>&2
    exit /b 2
  )
)

rem Start-up matters more than peak speed for one check: C1 only and the serial collector.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr -cp "%APP_HOME%\lib\*" org.childplan.cli.Main %*
exit /b %ERRORLEVEL%
