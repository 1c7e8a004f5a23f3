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
# Which childplan runs, the first that applies:
#   CHILDPLAN_LAUNCHER   a childplan command to run as it is
#   CHILDPLAN_DISTRIBUTION
#                        a distribution archive (.zip or .tar.gz), a path or a URL
#   CHILDPLAN_DISTRIBUTION_SHA256
#                        the SHA-256 that archive must have, checked when given
#   CHILDPLAN_VERSION    a released version (0.1.0): its distribution is downloaded from the release v0.1.0 of
#                        CHILDPLAN_REPOSITORY and checked against the SHA-256 the release publishes beside it. When
#                        not given, the version named by the ref the action is used at (CHILDPLAN_ACTION_REF, else
#                        the last folder of the action's path) when that is a release tag such as v0.1.0
#   (else)               the distribution zip built in CHILDPLAN_SOURCE (plan-cli/target/childplan-*.zip), built
#                        with Maven when absent: a ref that is not a release (a branch, a commit) has no distribution
#   CHILDPLAN_REPOSITORY the repository whose releases hold the distributions (default: the action's repository,
#                        from GITHUB_ACTION_REPOSITORY or the action's path, else childplan/childplan)
#   CHILDPLAN_RELEASES_URL
#                        where those releases are downloaded from (default:
#                        https://github.com/$CHILDPLAN_REPOSITORY/releases/download)
#   CHILDPLAN_SOURCE     the childplan source tree (default: the tree this script is in)
#   GITHUB_STEP_SUMMARY  the job summary file, set by GitHub Actions; the Markdown report is appended to it
# Exits with the exit code of 'childplan check' (0 pass, 1 findings, 2 bad input, 3 internal error, 4 report not
# written, 5 bad rule pack), or with 7 when no childplan could be had: the download, the checksum, the unpacking or
# the Maven build failed (said on standard error), so that a broken set-up never passes for a failing plan.
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

no_childplan=7
fail_setup() {
    echo "childplan: $1" >&2
    exit "$no_childplan"
}

# The SHA-256 of file $1, by whichever tool the machine has.
sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d ' ' -f 1
    elif command -v shasum >/dev/null 2>&1; then
        shasum -a 256 "$1" | cut -d ' ' -f 1
    else
        fail_setup "cannot check the distribution's SHA-256: neither sha256sum nor shasum is installed"
    fi
}

# Copies the path or URL $1 to the file $2.
fetch() {
    case "$1" in
        *://*)
            command -v curl >/dev/null 2>&1 || fail_setup "cannot download $1: curl is not installed"
            curl --fail --silent --show-error --location --retry 3 --output "$2" "$1" \
                || fail_setup "could not download $1"
            ;;
        *)
            [ -f "$1" ] || fail_setup "no distribution at $1"
            cp "$1" "$2"
            ;;
    esac
}

# Unpacks the distribution archive $1 into a fresh folder and prints the path of its bin/childplan.
unpack() {
    unpacked=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/childplan-distribution
    rm -rf "$unpacked"
    mkdir -p "$unpacked"
    case "$1" in
        *.tar.gz|*.tgz) tar -xzf "$1" -C "$unpacked" || fail_setup "could not unpack $1" ;;
        *)
            if command -v unzip >/dev/null 2>&1; then
                unzip -q "$1" -d "$unpacked" || fail_setup "could not unpack $1"
            else
                (cd "$unpacked" && jar xf "$1") || fail_setup "could not unpack $1"
            fi
            ;;
    esac
    unpacked_launcher=$(ls -d "$unpacked"/childplan-*/bin/childplan 2>/dev/null | head -n 1)
    [ -n "$unpacked_launcher" ] || fail_setup "$1 holds no childplan-*/bin/childplan: is it a childplan distribution?"
    chmod +x "$unpacked_launcher"
    printf '%s\n' "$unpacked_launcher"
}

downloads=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/childplan-download
# GitHub Actions checks a used action out at .../_actions/OWNER/NAME/REF; its github.action_ref and
# github.action_repository are not always set for a composite action's steps, so the path says them too.
action_ref=${CHILDPLAN_ACTION_REF:-}
action_repository=${GITHUB_ACTION_REPOSITORY:-}
case "$source_tree" in
    */_actions/*/*/*)
        [ -n "$action_ref" ] || action_ref=$(basename -- "$source_tree")
        owner_and_name=${source_tree%/*}
        [ -n "$action_repository" ] || action_repository="$(basename -- "${owner_and_name%/*}")/${owner_and_name##*/}"
        ;;
esac
version=${CHILDPLAN_VERSION:-}
if [ -z "$version" ]; then
    case "$action_ref" in
        v[0-9]*) version=${action_ref#v} ;;
    esac
fi
repository=${CHILDPLAN_REPOSITORY:-${action_repository:-childplan/childplan}}
releases=${CHILDPLAN_RELEASES_URL:-https://github.com/$repository/releases/download}
releases=${releases%/}

launcher=${CHILDPLAN_LAUNCHER:-}
if [ -z "$launcher" ] && [ -n "${CHILDPLAN_DISTRIBUTION:-}" ]; then
    rm -rf "$downloads" && mkdir -p "$downloads"
    case "$CHILDPLAN_DISTRIBUTION" in
        *.tar.gz|*.tgz) archive="$downloads/childplan.tar.gz" ;;
        *) archive="$downloads/childplan.zip" ;;
    esac
    fetch "$CHILDPLAN_DISTRIBUTION" "$archive"
    if [ -n "${CHILDPLAN_DISTRIBUTION_SHA256:-}" ] && [ "$(sha256_of "$archive")" != "$CHILDPLAN_DISTRIBUTION_SHA256" ]; then
        fail_setup "$CHILDPLAN_DISTRIBUTION does not have the SHA-256 given (CHILDPLAN_DISTRIBUTION_SHA256)"
    fi
    launcher=$(unpack "$archive") || exit "$no_childplan"
elif [ -z "$launcher" ] && [ -n "$version" ]; then
    rm -rf "$downloads" && mkdir -p "$downloads"
    url="$releases/v$version/childplan-$version.zip"
    echo "childplan: using the distribution of release v$version ($url)" >&2
    fetch "$url" "$downloads/childplan-$version.zip"
    fetch "$url.sha256" "$downloads/childplan-$version.zip.sha256"
    expected=$(cut -d ' ' -f 1 < "$downloads/childplan-$version.zip.sha256")
    [ "$(sha256_of "$downloads/childplan-$version.zip")" = "$expected" ] \
        || fail_setup "$url does not have the SHA-256 its release publishes ($url.sha256)"
    launcher=$(unpack "$downloads/childplan-$version.zip") || exit "$no_childplan"
elif [ -z "$launcher" ]; then
    zip=$(ls "$source_tree"/plan-cli/target/childplan-*.zip 2>/dev/null | head -n 1 || true)
    if [ -z "$zip" ]; then
        echo "childplan: no released version named (input version, or the action used at a release tag such as" \
            "v0.1.0): building the distribution with Maven (mvn package) in $source_tree" >&2
        command -v mvn >/dev/null 2>&1 || fail_setup "Maven (mvn) is needed to build childplan from its sources"
        (cd "$source_tree" && mvn -B -q -pl plan-cli -am package -DskipTests) >&2 \
            || fail_setup "the Maven build of the distribution failed (see above)"
        zip=$(ls "$source_tree"/plan-cli/target/childplan-*.zip 2>/dev/null | head -n 1 || true)
        [ -n "$zip" ] || fail_setup "the Maven build made no distribution zip in $source_tree/plan-cli/target"
    fi
    launcher=$(unpack "$zip") || exit "$no_childplan"
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

# The annotations: workflow commands GitHub Actions reads from standard output. GitHub shows the first 10 errors,
# 10 warnings and 10 notices of a step and drops the rest without a word, so errors come first, and a notice says so
# before the others when a kind has more than 10.
annotations="$output/childplan-github.txt"
if [ -f "$annotations" ]; then
    over=
    for kind in error warning notice; do
        count=$(grep -c "^::$kind " "$annotations" || true)
        if [ "$count" -gt 10 ]; then
            over="${over:+$over, }$count ${kind}s"
        fi
    done
    if [ -n "$over" ]; then
        echo "::notice title=childplan::$over annotated; GitHub shows the first 10 of each kind of a step: the job summary and the reports list every finding"
    fi
    for kind in error warning notice; do
        grep "^::$kind " "$annotations" || true
    done
    grep -v -e '^::error ' -e '^::warning ' -e '^::notice ' "$annotations" || true
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$output/childplan.md" ]; then
    cat "$output/childplan.md" >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
