#!/usr/bin/env bash
# A man page is clean under `mandoc -Tlint -W warning`: no warnings, no errors. Exits 77
# (skipped) when mandoc is not installed.
#
# usage: lint.sh PAGE
set -euo pipefail
source "$(dirname "$0")/../lib/needs.sh"
needs mandoc
out=$(mandoc -Tlint -W warning "$1" 2>&1) || true
if [[ -n $out ]]; then
    echo "FAIL: mandoc -Tlint -W warning $1:" >&2
    echo "$out" >&2
    exit 1
fi
echo "$1: clean"
