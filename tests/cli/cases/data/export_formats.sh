# Export of every kind in its three formats, to stdout or a private file; awkward text intact.
FIXTURES=$CASE_DIR/../../fixtures
tend mood 5
sqlite3 "$TEND_DB" "DELETE FROM mood; DELETE FROM tombstone"
sqlite3 "$TEND_DB" < "$FIXTURES/all_kinds.sql"
run 'tend export'
run 'tend export --format csv'
run 'tend export --format markdown'
run 'tend export --format md | cmark-gfm | head -12'
run 'tend --format markdown export | head -3'
umask 000
run 'tend export -o "$WORK/out.json" && stat -c "%a" "$WORK/out.json" && tend export | cmp - "$WORK/out.json" && echo same'
run 'tend -q export --output "$WORK/moods.csv" --format csv && head -1 "$WORK/moods.csv"'
# One record, one mood: counted in the singular.
sqlite3 "$TEND_DB" "DELETE FROM session; DELETE FROM entry; DELETE FROM homework; DELETE FROM win; DELETE FROM mood WHERE id <> (SELECT min(id) FROM mood); DELETE FROM tombstone"
run 'tend export -o "$WORK/one.json"'
run 'tend export -o "$WORK/one.csv" --format csv'
