# Without a database, or with a file that is not one, completion offers no live values, exits 0,
# prints nothing on stderr, and creates or changes nothing.
run 'tend __complete -- hw done ""'
run 'tend __complete -- mood -t ""'
run 'test -e "$TEND_DB" && echo created || echo "no database"'
run 'tend __complete -- --db "$WORK/nowhere/x.db" hw done ""'
run 'test -e "$WORK/nowhere" && echo created || echo "nothing created"'
printf 'not a database at all, just text that is long enough to look like a header......' >"$WORK/text.db"
run 'tend __complete -- --db "$WORK/text.db" hw done ""'
sqlite3 "$WORK/other.db" 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
sha256sum "$WORK/text.db" "$WORK/other.db" >"$WORK/sums"
run 'tend __complete -- --db "$WORK/other.db" hw done ""'
run 'tend __complete -- --db "$WORK" hw done ""'
run 'sha256sum -c --quiet "$WORK/sums" && echo unchanged'
run 'tend --db "$WORK/other.db" __complete -- hw ""'
