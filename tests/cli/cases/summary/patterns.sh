# Twelve weeks with known effects (tests/cli/fixtures/insights_history.sh): the summary's
# Patterns section shows the three largest over the 90 days to its last day, in every format.
source "$CASE_DIR/../../fixtures/insights_history.sh"
history_load
run 'tend summary --since 2026-11-14 | sed -n "/^Patterns/,/^Homework/p"'
run 'tend summary --since 2026-11-14 --format markdown | sed -n "/^## Patterns/,/^## Homework/p"'
run 'tend summary --since 2026-11-14 --format json | jq .patterns'
# In September the 90 days hold too few days with moods to compare.
run 'tend summary --since 2026-09-14 --until 2026-09-20 | sed -n "/^Patterns/,/^Homework/p"'
