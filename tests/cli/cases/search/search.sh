# Search over everything written: kind, day and a snippet with the matches marked ([...] as
# text, bold on a colour terminal, emphasis in Markdown, listed in JSON), best first.
FIXTURES=$CASE_DIR/../../fixtures
tend mood 5
sqlite3 "$TEND_DB" "DELETE FROM mood; DELETE FROM tombstone"
sqlite3 "$TEND_DB" < "$FIXTURES/all_kinds.sql"
tend mood 6 "a long evening walk by the river, then tea; the walk helped, walk again tomorrow" --at "2026-11-19 19:00"
tend mood 7 "Coffee at the Café with Ana" --at "2026-11-20 08:00"
run 'tend search walk'
run 'tend search walk --format markdown'
run 'tend search walk --format markdown | cmark-gfm'
run 'tend search sleep --format json'
run 'tend search walk --color always | cat -v'
run 'tend search "small steps"'
run 'tend search steps small'
run 'tend search "steps small"'
run 'tend search CAFE'
run 'tend search café ana'
run 'tend search fine'
run 'tend search rained sister  # every word must appear'
run 'tend search rained'
run 'tend search walk --since 2026-11-18'
run 'tend search walk --until 2026-11-17 --limit 1'
run 'tend search nothinglikethis'
