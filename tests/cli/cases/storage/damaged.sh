# Files that are not tend databases are refused with exit 1 and left untouched.
mkdir -p "$WORK/d"
printf 'just some text, not a database\n' > "$WORK/d/text.db"
sqlite3 "$WORK/d/other.db" "CREATE TABLE accounts (id INTEGER); INSERT INTO accounts VALUES (1);"
tend --db "$WORK/d/newer.db" mood 5
sqlite3 "$WORK/d/newer.db" "PRAGMA user_version = 99"
sha256sum "$WORK/d/"*.db > "$WORK/d/before"
mkdir -p "$WORK/d/dir.db"
run 'tend --db "$WORK/d/text.db" mood 7'
run 'tend --db "$WORK/d/text.db" mood list'
run 'tend --db "$WORK/d/other.db" mood 7'
# The version this tend knows changes with each migration; the golden says N.
# (its message is on stderr; shown here through sed, with tend's exit status).
run 'tend --db "$WORK/d/newer.db" mood 7 2>&1 | sed -E "s/knows up to [0-9]+/knows up to N/"; exit ${PIPESTATUS[0]}'
run 'tend --db "$WORK/d/newer.db" mood list 2>&1 | sed -E "s/knows up to [0-9]+/knows up to N/"; exit ${PIPESTATUS[0]}'
run 'tend --db "$WORK/d/dir.db" mood 7'
run 'sha256sum -c --quiet "$WORK/d/before" && echo unchanged'
