# The realistic demo week of examples/demo-week.sh, summarised in all three formats.
source "$CASE_DIR/../../../../examples/demo-week.sh"
export TEND_NOW=2026-11-20T08:30
run 'tend summary'
run 'tend summary --format markdown'
run 'tend summary --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
