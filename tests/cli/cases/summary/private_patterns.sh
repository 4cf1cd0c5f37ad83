# The summary's Patterns section follows [privacy] count_private like its other figures: with
# count_private = false, private moods are left out of the patterns too. The same twelve weeks
# as summary/patterns, with every mood tagged walk marked private (through tend's own export).
source "$CASE_DIR/../../fixtures/insights_history.sh"
history_load
tend export --format json -o "$WORK/all.json"
jq '.moods |= map(if (.tags | index("walk")) then . + {private: true} else . end)' \
    "$WORK/all.json" >"$WORK/marked.json"
rm "$TEND_DB"
tend import "$WORK/marked.json" >/dev/null
printf '[privacy]\ncount_private = false\n' >"$WORK/private.toml"
# Counted (the default): walk still stands out, as in summary/patterns.
run 'tend summary --since 2026-11-14 | sed -n "/^Patterns/,/^Homework/p"'
# Left out: no mood tagged walk remains to compare, and the other figures count shared days only.
run 'tend --config "$WORK/private.toml" summary --since 2026-11-14 | sed -n "/^Patterns/,/^Homework/p"'
run 'tend --config "$WORK/private.toml" summary --since 2026-11-14 --format json | jq -c "[.patterns.days_logged, [.patterns.items[].aspect]]"'
run 'tend --config "$WORK/private.toml" summary --since 2026-11-14 --format html | grep -c "tagged walk"'
# Shown on request, they count again; and tend insights, the client's own view, counts them.
run 'tend --config "$WORK/private.toml" summary --since 2026-11-14 --include-private --format json | jq -c "[.patterns.days_logged, [.patterns.items[].aspect]]"'
run 'tend --config "$WORK/private.toml" insights --since 2026-08-23 --until 2026-11-20 --format json | jq -c "[.days_logged, [.patterns[].aspect]]"'
