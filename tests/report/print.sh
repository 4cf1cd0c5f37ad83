#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium prints the demo week's report, and a
# two-week window of it, to PDF on A4 and on US Letter; pdftotext finds the headings and the
# figures in the PDF, and pdfinfo counts its pages (each fits on two). Skipped (77) where
# Chromium or poppler-utils is missing; `.ci/build test` installs both.
#
# usage: print.sh TEND_BINARY
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$ROOT/tests/lib/needs.sh"
browser=
for b in chromium chromium-browser; do
    if command -v "$b" >/dev/null 2>&1; then
        browser=$b
        break
    fi
done
if [[ -z $browser ]]; then
    echo "SKIP: no Chromium to print the report with (apt-get install chromium)"
    exit 77
fi
needs pdftotext poppler-utils
needs pdfinfo poppler-utils
source "$ROOT/tests/lib/world.sh"
world_enter report-print "$1"
cd "$WORK"
source "$ROOT/examples/demo-week.sh"
export TEND_NOW=2026-11-20T08:30

fail=0
check() {  # check WHAT CONDITION...: runs the condition; a false one fails the test
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; fail=1; fi
}

# print HTML PAGE_SIZE PDF: the page printed by the browser on paper of that size (the
# report leaves the size to the printer, as a browser's Print dialog does).
print() {
    sed "s|</head>|<style>@page { size: $2; }</style></head>|" "$1" >"$WORK/sized.html"
    local started=$SECONDS
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
        --user-data-dir="$WORK/profile" --no-pdf-header-footer --print-to-pdf="$3" \
        "file://$WORK/sized.html" >"$WORK/browser.log" 2>&1 || {
        echo "FAIL: $browser did not print $1 on $2:"
        cat "$WORK/browser.log"
        exit 1
    }
    echo "printed $1 on $2 in $((SECONDS - started)) s"
}

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

tend summary --format html -o week.html
tend summary --format html --since 2026-11-07 -o fortnight.html
for size in A4 letter; do
    for report in week fortnight; do
        pdf=$WORK/$report-$size.pdf
        print "$report.html" "$size" "$pdf"
        n=$(pages "$pdf")
        check "$report on $size: $n page(s), at most 2" test "$n" -ge 1 -a "$n" -le 2
        pdftotext -layout "$pdf" "$WORK/$report-$size.txt"
        text=$WORK/$report-$size.txt
        for heading in "Summary for" Mood Patterns Homework "From the last session" \
            Worksheets Wins Prep Measures Goals "Across sessions" Gaps; do
            check "$report on $size: heading $heading" grep -q "$heading" "$text"
        done
    done
done
# The figures: the week's mood and homework as the text summary gives them, and the charts'
# own tables.
text=$WORK/week-A4.txt
for figure in "Logged on 6 of 8 days, 7 entries; mean 5.7." "Lowest 3 on Tue 17 Nov" \
    "Highest 8 on Fri 20 Nov" "Mood by day" "Homework by day" "done with the plan" \
    "not checked off" "Left work at six and nothing fell apart"; do
    check "week: $figure" grep -qF "$figure" "$text"
done
check "fortnight: 14 days" grep -qF "(14 days)" "$WORK/fortnight-letter.txt"
exit $fail
