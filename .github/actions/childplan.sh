#!/bin/sh
# Checks children's services plans for the childplan GitHub Action (action.yml at the repository root), and runs the
# same way on a workstation: annotations on the plans' lines (workflow commands on standard output), the Markdown
# report appended to the job summary, and the requested reports in the output folder.
#
# Inputs, from the environment:
#   CHILDPLAN_PLANS      plan files and folders, separated by spaces (default: plans)
#   CHILDPLAN_FORMATS    further report formats, comma-separated, e.g. sarif,html (default: none)
#   CHILDPLAN_FAIL_ON    error | warning | info | never (default: error)
#   CHILDPLAN_WAIVERS    a waiver file (default: none)
#   CHILDPLAN_OUTPUT     the folder the reports are written to (default: childplan-reports)
#   CHILDPLAN_LAUNCHER   the childplan command to run; default: bin/childplan of the distribution zip
#                        (plan-cli/target/childplan-*.zip under CHILDPLAN_SOURCE), built with Maven when absent
#   CHILDPLAN_SOURCE     the childplan source tree holding that zip (default: the tree this script is in)
#   GITHUB_STEP_SUMMARY  the job summary file, set by GitHub Actions; the Markdown report is appended to it
# Exits with the exit code of 'childplan check' (0 pass, 1 findings, 2 bad input, 3 internal error, 4 report not
# written).
set -eu

plans=${CHILDPLAN_PLANS:-plans}
formats=${CHILDPLAN_FORMATS:-}
fail_on=${CHILDPLAN_FAIL_ON:-error}
waivers=${CHILDPLAN_WAIVERS:-}
output=${CHILDPLAN_OUTPUT:-childplan-reports}
source_tree=${CHILDPLAN_SOURCE:-$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)}
# A job unpacks the distribution afresh and checks once: recording the launcher's class-data-sharing archive on that
# first run (a check of its own, about 2.5 s) would cost more than the archive saves. CHILDPLAN_CDS=on records it.
CHILDPLAN_CDS=${CHILDPLAN_CDS:-off}
export CHILDPLAN_CDS

launcher=${CHILDPLAN_LAUNCHER:-}
if [ -z "$launcher" ]; then
    zip=$(ls "$source_tree"/plan-cli/target/childplan-*.zip 2>/dev/null | head -n 1 || true)
    if [ -z "$zip" ]; then
        echo "childplan: building the distribution with Maven (mvn package) in $source_tree" >&2
        (cd "$source_tree" && mvn -B -q -pl plan-cli -am package -DskipTests) >&2
        zip=$(ls "$source_tree"/plan-cli/target/childplan-*.zip | head -n 1)
    fi
    unpacked=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/childplan-distribution
    rm -rf "$unpacked"
    mkdir -p "$unpacked"
    if command -v unzip >/dev/null 2>&1; then
        unzip -q "$zip" -d "$unpacked"
    else
        (cd "$unpacked" && jar xf "$zip")
    fi
    launcher=$(ls -d "$unpacked"/childplan-*/bin/childplan | head -n 1)
    chmod +x "$launcher"
fi

all_formats=github,markdown
if [ -n "$formats" ]; then
    all_formats=$all_formats,$formats
fi
set -- check --format "$all_formats" --output "$output" --fail-on "$fail_on"
if [ -n "$waivers" ]; then
    set -- "$@" --waivers "$waivers"
fi
set -- "$@" --
# The plans are split on spaces, as the input lists them; a name holding a space is given through a folder.
for plan in $plans; do
    set -- "$@" "$plan"
done

status=0
"$launcher" "$@" >&2 || status=$?

# The annotations: workflow commands GitHub Actions reads from standard output.
if [ -f "$output/childplan-github.txt" ]; then
    cat "$output/childplan-github.txt"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$output/childplan.md" ]; then
    cat "$output/childplan.md" >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
