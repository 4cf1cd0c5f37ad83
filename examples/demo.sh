#!/usr/bin/env bash
# A demo of tend on a throw-away database: a week between two sessions (moods, homework, a
# reflection, a win and prep, from examples/demo-week.sh), then the pre-session summary. It never
# touches your real data: the database and config live in a temporary directory.
#
# usage: bash examples/demo.sh [PATH-TO-TEND]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tend_bin=${1:-$here/../build/tend}
[[ -n ${1:-} || -x $tend_bin ]] || tend_bin=$(command -v tend)  # installed: the tend on PATH
tend_bin=$(realpath "$tend_bin")
demo=$(mktemp -d "${TMPDIR:-/tmp}/tend-demo.XXXXXX")
trap 'rm -rf "$demo"' EXIT
export TEND_DB=$demo/tend.db XDG_CONFIG_HOME=$demo/config XDG_DATA_HOME=$demo/data
unset TEND_CONFIG
tend() { "$tend_bin" "$@"; }

echo "Logging a week between two sessions into a demo database..."
# shellcheck source=examples/demo-week.sh
source "$here/demo-week.sh"
echo "\$ tend summary"
echo
TEND_NOW=2026-11-20T08:30 tend summary
