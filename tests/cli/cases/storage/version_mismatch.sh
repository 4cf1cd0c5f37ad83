# A file whose schema version says less than its tables hold (the version changed by hand) is
# refused with exit 1 and left untouched: migrating it again would fail half-way.
tend mood 5 "kept"
mkdir -p "$WORK/v"
for v in 0 1 4; do
    sqlite3 "$TEND_DB" ".backup '$WORK/v/version$v.db'"
    sqlite3 "$WORK/v/version$v.db" "PRAGMA journal_mode = WAL; PRAGMA user_version = $v" >/dev/null
done
sha256sum "$WORK/v/"*.db > "$WORK/before"
run 'tend --db "$WORK/v/version1.db" mood 7'
run 'tend --db "$WORK/v/version1.db" mood list'
run 'tend --db "$WORK/v/version0.db" mood list'
run 'tend --db "$WORK/v/version4.db" search kept'
run 'sha256sum -c --quiet "$WORK/before" && echo unchanged'
