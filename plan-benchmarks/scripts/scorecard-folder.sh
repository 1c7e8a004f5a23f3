#!/usr/bin/env sh
# `childplan scorecard` over a folder of 30 complete plans, cold: a new JVM each run, as a national review run is.
#
# Makes a folder of 30 plans from the four complete example plans (Glenardoch, Kingsmere, Gwennol and Ardglenan, in
# turn, each copy with an id and title of its own, so every nation's pack is loaded), then times, with hyperfine,
# `bin/childplan scorecard FOLDER` of the binary distribution (its launcher, flags and class-data-sharing archive,
# recorded once before timing) writing the national table as text, and the HTML heat map. The target is under 1.5 s
# wall for the text table on a 2-core machine.
#
# Usage: plan-benchmarks/scripts/scorecard-folder.sh [DISTRIBUTION.tar.gz] [RUNS]
#   DISTRIBUTION.tar.gz  default: plan-cli/target/childplan-*.tar.gz (built by `mvn -B package -DskipTests`)
#   RUNS                 default: 10
# Needs hyperfine (Debian: apt-get install hyperfine) and python3.
set -eu

cd "$(dirname "$0")/../.."
archive=${1:-$(ls plan-cli/target/childplan-*.tar.gz 2>/dev/null | head -n 1)}
runs=${2:-10}
if [ -z "$archive" ] || [ ! -f "$archive" ]; then
  echo "scorecard-folder: no distribution; build one with 'mvn -B package -DskipTests' or name it" >&2
  exit 2
fi
command -v hyperfine >/dev/null 2>&1 || { echo "scorecard-folder: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
home=$(ls -d "$work"/childplan-*)
plans="$work/plans"
mkdir "$plans"
set -- glenardoch-csp-2023-2026 kingsmere-cypp-2024-2027 gwennol-area-plan-2023-2028 ardglenan-cypp-2024-2027
i=1
while [ "$i" -le 30 ]; do
  example=$(eval echo "\${$(( (i - 1) % 4 + 1 ))}")
  # A plan of its own: the id and the title get the copy's number; everything else is the complete example's.
  sed -e "s/^id: $example\$/id: $example-$i/" -e "0,/^title: /s/^title: \(.*\)\$/title: \1 ($i)/" \
    "$home/examples/$example.yaml" >"$plans/$(printf '%02d' "$i")-$example.yaml"
  i=$((i + 1))
done
count=$(ls "$plans" | wc -l)
[ "$count" -eq 30 ] || { echo "scorecard-folder: made $count plans, not 30" >&2; exit 1; }

# The first run records the class-data-sharing archive, as a user's first run does; it is not timed. It must score
# all 30 plans: a plan that cannot be checked would make the timing meaningless.
"$home/bin/childplan" scorecard "$plans" >"$work/first.txt"
grep -q "^Plans by score on each criterion (30 plans)" "$work/first.txt" \
  || { echo "scorecard-folder: the first run did not score 30 plans" >&2; cat "$work/first.txt" >&2; exit 1; }

hyperfine --warmup 2 --runs "$runs" --export-json "$work/times.json" \
  --command-name "scorecard of 30 plans (text)" "$home/bin/childplan scorecard $plans" \
  --command-name "scorecard of 30 plans (html)" "$home/bin/childplan scorecard --format html $plans"

python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for result in results:
    print(f"{result['command']}: mean {result['mean'] * 1000:.0f} ms, median {result['median'] * 1000:.0f} ms, "
          f"min {result['min'] * 1000:.0f} ms, max {result['max'] * 1000:.0f} ms (target: under 1500 ms)")
PY
