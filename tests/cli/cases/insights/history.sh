# Twelve weeks with known effects (tests/cli/fixtures/insights_history.sh), in all three formats:
# what passes the rules is stated with its means, counts and interval, the rest in brief.
source "$CASE_DIR/../../fixtures/insights_history.sh"
history_load
run 'tend insights'
run 'tend insights --format markdown'
run 'tend insights --format json'
# A window of its own: the last four weeks are too few days to compare.
run 'tend insights --since 2026-10-24'
run 'tend insights --since 2026-09-01 --until 2026-10-31 --format json | jq -c ".window, .days_logged, [.patterns[] | .label // .aspect]"'
