# A database of schema 6 (its index made with FTS5's own tokenizer, which finds no Greek without
# its accents, and no Japanese inside a sentence) is indexed again when tend first opens it:
# what it held before is found in every script. A command that fails leaves the file as it was;
# the first command that succeeds keeps the new index, reading or writing, so that reading
# commands do not index it again each time.
FIXTURES=$CASE_DIR/../../fixtures
tend mood 5 -q
# Without what migration 11 changed: the search triggers held their SQL, as the import's floor
# of the benchmarks still has them (before the journal tables go, which take theirs along).
sqlite3 "$TEND_DB" "$(sqlite3 "$TEND_DB" "SELECT group_concat('DROP TRIGGER ' || name || ';', '')
    FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_search_*'")"
sqlite3 "$TEND_DB" <"$CASE_DIR/../../../../bench/floor_search_triggers.sql"
# The index as migration 2 made it, to the byte.
sqlite3 "$TEND_DB" <<'SQL'
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED, day UNINDEXED, at_utc UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
DELETE FROM mood;
-- Without what migration 9 added: the journal tables (with their indexes and triggers).
DROP TABLE journal_tag;
DROP TABLE journal;
-- Without what migration 8 added: tombstones, settings and their triggers.
DROP TABLE tombstone;
DROP TABLE setting;
DROP TRIGGER session_tombstone;
DROP TRIGGER mood_tombstone;
DROP TRIGGER entry_tombstone;
DROP TRIGGER goal_tombstone;
DROP TRIGGER homework_tombstone;
DROP TRIGGER homework_step_tombstone;
DROP TRIGGER checkoff_tombstone;
DROP TRIGGER win_tombstone;
DROP TRIGGER goal_milestone_tombstone;
DROP TRIGGER goal_rating_tombstone;
DROP TRIGGER measure_result_tombstone;
DROP TRIGGER measure_answer_tombstone;
-- Without what migration 10 added: the change time of steps and milestones.
ALTER TABLE homework_step DROP COLUMN updated_utc;
ALTER TABLE goal_milestone DROP COLUMN updated_utc;
PRAGMA user_version = 6;
SQL
sqlite3 "$TEND_DB" < "$FIXTURES/all_kinds.sql"
sqlite3 "$TEND_DB" "INSERT INTO mood (uuid, at_utc, at_offset, day, score, note, created_utc, updated_utc) VALUES ('20000000-0000-4000-8000-0000000000aa', 1795158000, 3600, '2026-11-20', 4, 'Η σοφία, 今日は日本語 😊', 1795158000, 1795158000)"
run 'sqlite3 "$TEND_DB" "PRAGMA user_version; SELECT count(*) FROM search_index; SELECT count(*) FROM search_index WHERE search_index MATCH '"'σοφια'"'"'
sha256sum "$TEND_DB" > "$WORK/before"
run 'tend search σοφια --since 2026-11-30 --until 2026-11-01'
run 'tend hw show 99'
run 'sha256sum -c --quiet "$WORK/before" && echo unchanged'
run 'tend search σοφια'
run 'sqlite3 "$TEND_DB" "PRAGMA user_version; SELECT count(*) FROM search_index WHERE search_index MATCH '"'σοφια'"'"'
run 'tend search 日本語'
run 'tend search 😊'
run 'tend search rained'
run 'tend search small steps'
run 'tend win "Σοφία again" -q'
run 'sqlite3 "$TEND_DB" "PRAGMA user_version; SELECT count(*) FROM search_index; SELECT sql LIKE '"'%tokenize = ''tend''%'"' FROM sqlite_master WHERE name = '"'search_index'"'; INSERT INTO search_index (search_index) VALUES ('"'integrity-check'"')"'
run 'tend search σοφια'
