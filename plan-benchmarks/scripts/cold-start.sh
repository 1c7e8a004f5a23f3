#!/usr/bin/env sh
# Cold start of a check, measured side by side with the bare start of the same JVM.
#
# A pre-commit hook and every CI job pay for a cold `childplan check` of one plan. This script times, with hyperfine,
# `bin/childplan check` of an example plan from the binary distribution (its launcher, flags and class-data-sharing
# archive, trained once before timing) against `java -version` of the same JVM with the launcher's flags, and prints
# the ratio of the medians. The target is a cold check within 4x the bare JVM start.
#
# Usage: plan-benchmarks/scripts/cold-start.sh [DISTRIBUTION.tar.gz] [RUNS]
#   DISTRIBUTION.tar.gz  default: plan-cli/target/childplan-*.tar.gz (built by `mvn -B package -DskipTests`)
#   RUNS                 default: 15
# Needs hyperfine (Debian: apt-get install hyperfine) and python3.
set -eu

cd "$(dirname "$0")/../.."
archive=${1:-$(ls plan-cli/target/childplan-*.tar.gz 2>/dev/null | head -n 1)}
runs=${2:-15}
if [ -z "$archive" ] || [ ! -f "$archive" ]; then
  echo "cold-start: no distribution; build one with 'mvn -B package -DskipTests' or name it" >&2
  exit 2
fi
command -v hyperfine >/dev/null 2>&1 || { echo "cold-start: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
home=$(ls -d "$work"/childplan-*)
plan="$home/examples/moray-csp-2017-2020.yaml"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable"

# The first run records the class-data-sharing archive, as a user's first run does; it is not timed.
"$home/bin/childplan" check "$plan" >/dev/null 2>&1 || true

hyperfine --warmup 2 --runs "$runs" --export-json "$work/times.json" \
  --command-name "bare JVM (java -version)" "$java $flags -version" \
  --command-name "childplan check (distribution)" "$home/bin/childplan check $plan"

python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
bare, check = results[0]["median"], results[1]["median"]
print(f"median: bare JVM {bare * 1000:.0f} ms, cold check {check * 1000:.0f} ms, ratio {check / bare:.1f}x (target: within 4x)")
PY
