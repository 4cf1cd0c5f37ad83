# Backups: by default a timestamped file in backups/ beside the database (directory 0700, file
# 0600, a second one in the same minute numbered), or at a path; a consistent single file that
# passes PRAGMA integrity_check; refusing to overwrite what is not a tend backup. Sizes are
# masked (they depend on SQLite's page layout).
FIXTURES=$CASE_DIR/../../fixtures
size() { sed -E 's/\([0-9.]+ (bytes|KB|MB)\)/(SIZE)/'; }
run 'tend backup'
run 'test -e "$XDG_DATA_HOME/tend" && echo created || echo "nothing created"'
tend mood 5
sqlite3 "$TEND_DB" "DELETE FROM mood; DELETE FROM tombstone"
sqlite3 "$TEND_DB" < "$FIXTURES/all_kinds.sql"
umask 000
run 'tend backup | size'
run 'tend backup | size'
run 'cd "$XDG_DATA_HOME/tend" && stat -c "%a %n" backups backups/*'
run 'B="$XDG_DATA_HOME/tend/backups/tend-2026-11-20T0830.db"; sqlite3 "$B" "PRAGMA integrity_check; PRAGMA journal_mode; SELECT count(*) FROM mood; SELECT count(*) FROM search_index"; ls "$B"* | sed "s|$WORK|\$WORK|"'
mkdir "$WORK/safe"
run 'tend backup "$WORK/safe" --format json | jq -c "{path, at}"'
run 'tend backup "$WORK/safe/tend.db" | size'
run 'tend backup "$WORK/safe/tend.db" | size'
echo "my thesis" > "$WORK/thesis.txt"
run 'tend backup "$WORK/thesis.txt"'
run 'cat "$WORK/thesis.txt"'
run 'tend backup "$TEND_DB"'
run 'tend backup "$WORK/nowhere/b.db"'
run 'tend backup a b'
run 'ls -A "$WORK/safe"'
# The restore steps of the man page, on a copy: stop tend, move the database and its -wal and
# -shm aside, copy the backup in its place, check it.
cp -p "$TEND_DB" "$WORK/live.db"
run 'cp "$WORK/safe/tend.db" "$WORK/restored.db" && chmod 600 "$WORK/restored.db" && tend --db "$WORK/restored.db" mood list && tend --db "$WORK/restored.db" search sister'
