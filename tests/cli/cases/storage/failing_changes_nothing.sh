# A command that fails changes no byte, whatever state the file is in: a backup copied back in
# place (rollback journal, not WAL), an empty file given as --db, a new file. Only a write that
# succeeds turns the file to WAL mode or gives an empty file its schema.
tend mood 5 "kept" -q
tend backup "$WORK/b.db" -q
cp "$WORK/b.db" "$WORK/c.db"
run 'sqlite3 "$WORK/c.db" "PRAGMA journal_mode"'
sha256sum "$WORK/c.db" >"$WORK/sums"
run 'tend --db "$WORK/c.db" mood rm 99'
run 'tend --db "$WORK/c.db" hw done 4'
run 'tend --db "$WORK/c.db" mood edit 1 --score 11'
run 'tend --db "$WORK/c.db" mood list'
run 'tend --db "$WORK/c.db" summary --format json | jq -c .mood.entries'
run 'sha256sum -c --quiet "$WORK/sums" && echo unchanged; ls "$WORK" | grep -c "c.db-" || true'
run 'tend --db "$WORK/c.db" mood 6 -q && sqlite3 "$WORK/c.db" "PRAGMA journal_mode"'
# An empty file: reads see an empty database, a failing write leaves it empty.
: >"$WORK/empty.db"
run 'tend --db "$WORK/empty.db" mood list; tend --db "$WORK/empty.db" mood rm 1'
run 'tend --db "$WORK/empty.db" session next someday'
run 'stat -c %s "$WORK/empty.db"; ls "$WORK" | grep -c "empty.db-" || true'
run 'tend --db "$WORK/empty.db" mood 7 -q && tend --db "$WORK/empty.db" mood list --format json | jq -c ".[].score"'
# A new file that a failing command would create is not left behind.
run 'tend --db "$WORK/new/tend.db" session cancel; ls "$WORK/new"'
# A write-ahead log left by another program (killed before it folded it in): reads and failing
# commands see what it holds and leave the file and the log as they were; a write folds it in.
tend --db "$WORK/w.db" mood 5 -q
sqlite3 "$WORK/w.db" ".dbconfig no_ckpt_on_close on" "UPDATE mood SET note = 'from the log'" >/dev/null
sha256sum "$WORK/w.db" "$WORK/w.db-wal" >"$WORK/wsums"
run 'tend --db "$WORK/w.db" mood rm 9; tend --db "$WORK/w.db" mood list --format json | jq -c ".[].note"'
run 'sha256sum -c --quiet "$WORK/wsums" && echo unchanged'
run 'tend --db "$WORK/w.db" mood 6 -q; ls "$WORK" | grep -c "w.db-wal" || true'
