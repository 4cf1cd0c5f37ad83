#!/usr/bin/env bash
# A demo of tend on a throw-away database: a week of moods logged with TEND_NOW, then shown.
# It never touches your real data: the database and config live in a temporary directory.
#
# usage: bash examples/demo.sh [PATH-TO-TEND]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tend_bin=${1:-$here/../build/tend}
[[ -n ${1:-} || -x $tend_bin ]] || tend_bin=$(command -v tend)  # installed: the tend on PATH
demo=$(mktemp -d "${TMPDIR:-/tmp}/tend-demo.XXXXXX")
trap 'rm -rf "$demo"' EXIT
export TEND_DB=$demo/tend.db XDG_CONFIG_HOME=$demo/config XDG_DATA_HOME=$demo/data
unset TEND_CONFIG
tend() { "$tend_bin" "$@"; }
at() { TEND_NOW=$1 "$tend_bin" "${@:2}"; }

echo "# A week between sessions, logged in five seconds a day"
at 2026-11-14T08:10 mood 6 "ok start to the weekend" -t sleep
at 2026-11-15T21:40 mood 4 "lonely evening" -t evening,alone
at 2026-11-16T07:55 mood 5 "dreading Monday" -t work
at 2026-11-16T19:30 mood 7 "walked home through the park" -t walk,outside
at 2026-11-17T22:05 mood 3 "argument with my sister" -t family
at 2026-11-19T08:20 mood 7 "slept well for once" -t sleep
at 2026-11-20T18:45 mood 8 "told my manager no, and it was fine" -t work
echo
echo "\$ tend mood list --since 2026-11-14"
at 2026-11-20T19:00 mood list --since 2026-11-14
