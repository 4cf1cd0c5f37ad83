# Daylio's CSV export, with the quirks of real files: a byte-order mark, quoted fields with
# commas, doubled quotes and line breaks, emoji, 12- and 24-hour times, empty fields,
# newest-first rows, localised date and weekday columns, identical rows, the 7-column form and
# the scales column. Importing the same file again adds nothing.
cp "$CASE_DIR"/../../fixtures/daylio_*.csv .
run 'tend import daylio_quirks.csv --from daylio'
run 'tend mood list'
run 'tend import daylio_quirks.csv --from daylio'
run 'sed "s/\$/\r/" daylio_quirks.csv | tend import - --from daylio  # CRLF line ends'
run 'tend import daylio_7col.csv --from daylio'
run 'tend import daylio_7col.csv --from daylio --map " SUPER =9" --map so-so=5'
run 'tend import daylio_scales.csv --from daylio --format json | jq -c "{source, from, added, updated, deleted, unchanged, skipped}"'
run 'tend mood list --since 2026-11-13 --until 2026-11-16'
run 'tend export --format csv | sed -n "1p;10,13p"'
run 'tend export | jq -c ".moods[] | select(.day == \"2026-11-19\") | {uuid, at, score, note, tags}"'
