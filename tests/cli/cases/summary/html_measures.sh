# The HTML report once questionnaires and goals exist: each measure's trend is a chart with its
# severity bands shaded and its figures in a table beside it; goal ratings as the text view gives
# them. Four PHQ-9s and three GAD-7s over six weeks, a goal rated twice.
source "$CASE_DIR/../../../lib/needs.sh"
needs xmllint libxml2-utils
phq() { TEND_NOW=$1 tend check phq-9 $(for i in 1 2 3 4 5 6 7 8 9; do printf -- '-a %d=%d ' "$i" "$2"; done) >/dev/null; }
gad() { TEND_NOW=$1 tend check gad-7 $(for i in 1 2 3 4 5 6 7; do printf -- '-a %d=%d ' "$i" "$2"; done) >/dev/null; }
phq 2026-10-20T09:00 2
phq 2026-11-03T09:00 2
phq 2026-11-17T09:00 1
phq 2026-11-26T09:00 0
gad 2026-10-21T09:00 3
gad 2026-11-10T09:00 1
gad 2026-11-25T09:00 1
TEND_NOW=2026-11-02T20:00 tend goal add "Sleep before midnight" >/dev/null
TEND_NOW=2026-11-09T20:00 tend goal rate 1 3 >/dev/null
TEND_NOW=2026-11-24T20:00 tend goal rate 1 6 --note "most nights now" >/dev/null
TEND_NOW=2026-11-26T20:00 tend mood 6 >/dev/null
export TEND_NOW=2026-11-27T10:00
tend summary --since 2026-10-15 --format html -o report.html
run 'xmllint --noout report.html && echo well-formed'
run 'sed -n "/<section id=\"measures\"/,/<\/section>/p" report.html'
run 'sed -n "/<section id=\"goals\"/,/<\/section>/p" report.html'
run 'tend summary --since 2026-10-15 | sed -n "/^Measures/,/^Across/p"'
