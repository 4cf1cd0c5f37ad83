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

UPDATE=${TEND_UPDATE_GOLDEN:-}
TEND_BIN=$(realpath "$1")
CASE_FILE=$(realpath "$2")
GOLDEN=$3
CASE_DIR=$(dirname "$CASE_FILE")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tend-case.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/bin"
TRANSCRIPT=$WORK/transcript

# A fixed, private world: no user files, a fixed clock and zone, no colour unless asked.
env_vars=$(env | cut -d= -f1 | grep -E '^(TEND_|XDG_|NO_COLOR$|LC_|LANG$|LANGUAGE$)' || true)
for v in $env_vars; do unset "$v"; done
export HOME=$WORK/home
export XDG_DATA_HOME=$WORK/home/.local/share
export XDG_CONFIG_HOME=$WORK/home/.config
export TEND_DB=$WORK/home/.local/share/tend/tend.db
export TEND_NOW=2026-11-20T08:30
export TZ=Europe/Berlin
export LC_ALL=C.UTF-8
export TERM=dumb
export CASE_DIR WORK

tend() { "$TEND_BIN" "$@"; }
export -f tend 2>/dev/null || true
export TEND_BIN

db_digest() {
    if [[ -e $TEND_DB ]]; then sha256sum "$TEND_DB" | cut -d' ' -f1; else echo absent; fi
}

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

if [[ $UPDATE == 1 ]]; then
    mkdir -p "$(dirname "$GOLDEN")"
    cp "$TRANSCRIPT" "$GOLDEN"
    echo "updated $GOLDEN"
    exit 0
fi
if [[ ! -f $GOLDEN ]]; then
    echo "FAIL: no golden file $GOLDEN (run with TEND_UPDATE_GOLDEN=1 and review it)" >&2
    cat "$TRANSCRIPT" >&2
    exit 1
fi
if ! diff -u "$GOLDEN" "$TRANSCRIPT" >&2; then
    echo "FAIL: output differs from $GOLDEN" >&2
    exit 1
fi
