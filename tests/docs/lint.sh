#!/usr/bin/env bash
# A man page is clean under `mandoc -Tlint -W warning`: no warnings, no errors. Exits 77
# (skipped) when mandoc is not installed.
#
# usage: lint.sh PAGE
set -euo pipefail
if ! command -v mandoc >/dev/null 2>&1; then
    echo "SKIP: mandoc is not installed (apt-get install mandoc)"
    exit 77
fi
out=$(mandoc -Tlint -W warning "$1" 2>&1) || true
if [[ -n $out ]]; then
    echo "FAIL: mandoc -Tlint -W warning $1:" >&2
    echo "$out" >&2
    exit 1
fi
echo "$1: clean"
