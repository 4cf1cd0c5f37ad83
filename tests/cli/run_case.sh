#!/usr/bin/env bash
# Runs one command-line case against the real binary in a private temporary home, and compares
# its transcript (each command line, its stdout, its stderr and its exit code) with a golden
# file. TEND_UPDATE_GOLDEN=1 rewrites the golden file instead; review the diff.
#
# A case is a bash script. Plain lines set the scene (`tend mood 7` etc.; their output is not
# compared, and a failing one fails the case). `run CMD...` runs a command and records it. Any
# run that exits non-zero must leave the database byte-for-byte as it was: this is checked for
# every such run, without the case asking.
#
# usage: run_case.sh TEND_BINARY CASE_FILE GOLDEN_FILE
set -euo pipefail

LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/../lib" && pwd)
source "$LIB/world.sh"
source "$LIB/golden.sh"
CASE_FILE=$(realpath "$2")
GOLDEN=$3
CASE_DIR=$(dirname "$CASE_FILE")

# A fixed, private world (tests/lib/world.sh): no user files, a fixed clock and zone, no colour
# unless asked.
world_enter case "$1"
mkdir -p "$WORK/bin"
TRANSCRIPT=$WORK/transcript
export CASE_DIR

# run 'CMD': runs the command line CMD through bash (quotes, pipes and redirections as typed)
# and appends it, its output and its exit code to the transcript.
run() {
    local cmd="$*" before after status=0
    before=$(db_digest)
    (eval "$cmd") >"$WORK/out" 2>"$WORK/err" </dev/null || status=$?
    after=$(db_digest)
    {
        printf '$ %s\n' "$cmd"
        cat "$WORK/out"
        if [[ -s $WORK/err ]]; then
            printf -- '--- stderr\n'
            cat "$WORK/err"
        fi
        printf -- '--- exit %d\n' "$status"
    } >>"$TRANSCRIPT"
    if [[ $status -ne 0 && $before != "$after" ]]; then
        echo "FAIL: '$cmd' exited $status but changed the database" >&3
        exit 1
    fi
}

touch "$TRANSCRIPT"
exec 3>&2  # the driver's own messages, while the case's setup output goes to a log
cd "$WORK"
# The case runs in a subshell with errexit on, outside any && or || list (where bash would
# ignore errexit), so that a failing setup line fails the case.
set +e
(
    set -e
    # shellcheck source=/dev/null
    source "$CASE_FILE"
) >"$WORK/setup.log" 2>&1
status=$?
set -e
if [[ $status -ne 0 ]]; then
    echo "FAIL: $CASE_FILE stopped with status $status; its setup output:" >&2
    cat "$WORK/setup.log" >&2
    exit 1
fi
# The temporary directory differs on each run; the golden file says $WORK.
sed -i "s|$WORK|\$WORK|g" "$TRANSCRIPT"

compare_golden "$TRANSCRIPT" "$GOLDEN"
