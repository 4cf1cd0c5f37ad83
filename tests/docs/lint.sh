#!/usr/bin/env bash
# A man page is clean under `mandoc -Tlint -W warning`: no warnings, no errors; and no font
# macro that alternates fonts (.BR, .IR, .BI, ...) joins two words, as `.BR \(dqtue 17:00\(dq .`
# does: its arguments are set without spaces between them, so that reads "tue17:00". Exits 77
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
# An argument ending in a letter or digit followed by one starting with one is two words run
# together; quote the phrase as one argument instead.
joined=$(awk '
    /^\.(BR|RB|IR|RI|BI|IB) / {
        line = $0; sub(/^\.[A-Z][A-Z] /, "", line)
        n = 0; arg = ""; quoted = 0
        for (i = 1; i <= length(line); i++) {
            c = substr(line, i, 1)
            if (c == "\"") { quoted = !quoted; continue }
            if (c == " " && !quoted) { if (arg != "") args[++n] = arg; arg = ""; continue }
            arg = arg c
        }
        if (arg != "") args[++n] = arg
        for (i = 1; i < n; i++)
            if (args[i] ~ /[A-Za-z0-9]$/ && args[i] !~ /\\\(..$/ &&
                args[i + 1] ~ /^[A-Za-z0-9]/) {
                print FILENAME ":" FNR ": " $0
                break
            }
    }' "$1")
if [[ -n $joined ]]; then
    echo "FAIL: $1 runs words together in an alternating font macro:" >&2
    echo "$joined" >&2
    exit 1
fi
echo "$1: clean"
