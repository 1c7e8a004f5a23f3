#!/usr/bin/env sh
# Building a checker in a fresh JVM, with and without an application class-data-sharing archive, side by side.
#
# An embedder that starts a JVM per job (a batch run, a serverless function, a build step) pays for building a checker
# each time; most of that is loading and linking classes (Drools', the pack's executable model and its lambdas), which
# an application class-data-sharing (AppCDS) archive records once. This script records such an archive as an embedder
# would, with one training run of the application (here a fork of `droolsStartupAndFirstCheck`, which builds the
# Scotland checker and checks one plan) and `-XX:ArchiveClassesAtExit`, then runs the start-up benchmarks in fresh JVMs
# with the archive (`-Xshare:on`, so a JVM that cannot map it fails rather than measuring without it) and without it,
# in turn, and prints JMH's results of each. On Java 25 and newer it records an ahead-of-time cache instead
# (`-XX:AOTCacheOutput`, then `-XX:AOTCache` with `-XX:AOTMode=on`), which holds the classes linked and more.
#
# Usage: plan-benchmarks/scripts/checker-startup-cds.sh [BENCHMARKS.jar] [FORKS]
#   BENCHMARKS.jar  default: plan-benchmarks/target/benchmarks.jar (built by `mvn -B package -pl plan-benchmarks -am -DskipTests`)
#   FORKS           default: 12 fresh JVMs per benchmark and per setting
set -eu

cd "$(dirname "$0")/../.."
jar=${1:-plan-benchmarks/target/benchmarks.jar}
forks=${2:-12}
if [ ! -f "$jar" ]; then
  echo "checker-startup-cds: no $jar; build it with 'mvn -B package -pl plan-benchmarks -am -DskipTests' or name it" >&2
  exit 2
fi
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
benchmarks='CheckerStartupBenchmark\.(droolsStartup|droolsStartupAndFirstCheck|floorStartup)$'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ "${feature%%.*}" -ge 25 ] 2>/dev/null; then
  archive="$work/checker.aot"
  record="-XX:AOTCacheOutput=$archive"
  use="-XX:AOTMode=on -XX:AOTCache=$archive"
  kind="ahead-of-time cache (Java $feature)"
else
  archive="$work/checker.jsa"
  record="-XX:ArchiveClassesAtExit=$archive"
  use="-Xshare:on -XX:SharedArchiveFile=$archive"
  kind="application class-data-sharing archive (Java $feature)"
fi

# The training run: one fresh JVM builds the checker, checks a plan and writes the archive when it exits.
"$java" -jar "$jar" 'CheckerStartupBenchmark\.droolsStartupAndFirstCheck$' -f 1 \
  -jvmArgsAppend "$record" >"$work/training.txt" 2>&1 \
  || { cat "$work/training.txt" >&2; exit 1; }
if [ ! -s "$archive" ]; then
  echo "checker-startup-cds: the training run wrote no archive; its output:" >&2
  cat "$work/training.txt" >&2
  exit 1
fi

echo "== with the $kind, $(du -k "$archive" | cut -f1) KiB"
"$java" -jar "$jar" "$benchmarks" -f "$forks" -jvmArgsAppend "$use" \
  | sed -n '/^Benchmark /,$p'
echo "== without it"
"$java" -jar "$jar" "$benchmarks" -f "$forks" | sed -n '/^Benchmark /,$p'
