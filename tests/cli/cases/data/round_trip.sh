# Export, import into another database, export again: the same document, for every kind, with
# quotes, line breaks, emoji and a megabyte note. Importing twice adds nothing.
FIXTURES=$CASE_DIR/../../fixtures
tend mood 5
sqlite3 "$TEND_DB" "DELETE FROM mood; DELETE FROM tombstone"
sqlite3 "$TEND_DB" < "$FIXTURES/all_kinds.sql"
# A note of over a megabyte (more than one command-line argument may hold, so written with sqlite3).
for i in $(seq 28000); do printf '"quoted", emoji 😌, tab\t, line %s\n' "$i"; done > "$WORK/big.txt"
sqlite3 "$TEND_DB" "INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, created_utc, updated_utc) VALUES ('20000000-0000-4000-8000-00000000000f', 1795158000, 3600, '2026-11-20', 4, CAST(readfile('$WORK/big.txt') AS TEXT), 1795158000, 1795158000)"
sqlite3 "$TEND_DB" "INSERT INTO mood_tag VALUES ((SELECT id FROM mood WHERE uuid = '20000000-0000-4000-8000-00000000000f'), 'big')"
tend export -o "$WORK/first.json"
run 'wc -c < "$WORK/first.json"'
run 'tend --db "$WORK/other.db" import "$WORK/first.json"'
run 'tend --db "$WORK/other.db" import "$WORK/first.json"'
run 'tend --db "$WORK/other.db" export | cmp - "$WORK/first.json" && echo "same document"'
run 'wc -c < "$WORK/big.txt"; for db in "$TEND_DB" "$WORK/other.db"; do sqlite3 "$db" "SELECT length(CAST(note AS BLOB)), hex(sha3(note)) = (SELECT hex(sha3(CAST(readfile('"'"'$WORK/big.txt'"'"') AS TEXT)))) FROM mood WHERE uuid LIKE '"'"'%0f'"'"'"; done'
run 'tend --db "$WORK/third.db" import - < "$WORK/first.json" --format json | jq -c "[.added, .unchanged, .skipped, .kinds.homework_steps]"'
run 'tend --db "$WORK/third.db" export | cmp - "$WORK/first.json" && echo "same document"'
run 'tend --db "$WORK/other.db" mood list --since 2026-11-18 --until 2026-11-19'
