# Merging into a database that already holds some of the records: what changed later here stays
# as it is; references are found by UUID; a clash merges the two records into one, and a missing
# homework is skipped, each said.
FIXTURES=$CASE_DIR/../../fixtures
tend --db "$WORK/source.db" mood 5
sqlite3 "$WORK/source.db" "DELETE FROM mood; DELETE FROM tombstone"
sqlite3 "$WORK/source.db" < "$FIXTURES/all_kinds.sql"
tend --db "$WORK/source.db" export -o "$WORK/all.json"
tend mood 9 "mine, logged here"
# The same mood as in the file, edited here later: the local version is kept.
jq '{format, version, moods: [.moods[0] | .score = 1 | .note = "edited here" | .updated_at = "2026-11-21T08:00:00+01:00"]}' "$WORK/all.json" > "$WORK/one.json"
tend import "$WORK/one.json"
# A check-off with a new UUID for a homework day that is already checked off, and one whose
# homework is nowhere; an entry whose session is nowhere.
jq '.checkoffs[0].uuid = "60000000-0000-4000-8000-0000000000aa" | .checkoffs += [.checkoffs[1] | .uuid = "60000000-0000-4000-8000-0000000000bb" | .homework = "40000000-0000-4000-8000-0000000000ff"] | .entries[0].session = "10000000-0000-4000-8000-0000000000ff"' "$WORK/all.json" > "$WORK/clash.json"
run 'tend import "$WORK/all.json"'
run 'tend import "$WORK/clash.json"'
run 'tend import "$WORK/clash.json" --format json | jq -c ".notes"'
run 'tend mood list'
run 'sqlite3 "$TEND_DB" "SELECT c.uuid, h.uuid, c.day FROM checkoff c JOIN homework h ON h.id = c.homework_id ORDER BY c.id"'
run 'sqlite3 "$TEND_DB" "SELECT e.uuid, s.uuid FROM entry e LEFT JOIN session s ON s.id = e.session_id ORDER BY e.id"'
