# Words are only words: FTS5 syntax in them cannot cause an error. --query takes raw FTS5
# syntax, and a mistake in it is exit 2 with one line.
FIXTURES=$CASE_DIR/../../fixtures
tend mood 5
sqlite3 "$TEND_DB" "DELETE FROM mood; DELETE FROM tombstone"
sqlite3 "$TEND_DB" < "$FIXTURES/all_kinds.sql"
run "tend search '\"walk\"' 'walk*' '(walk)' 'walk:' '^walk'"
run "tend search '\"' '*' AND OR NOT ':' 'body:walk' 'NEAR(' '^' '(' ')' '+' '{kind}'"
run 'tend search -walk'
run 'tend search -- -walk'
run "tend search 'the \"walk\"'"
run 'tend search AND'
run 'tend search --query "walk* NOT corner"'
run 'tend search --query "\"small steps\" OR sister"'
run 'tend search --query "walk AND"'
run 'tend search --query "\"open"'
run 'tend search --query "nosuch:walk"'
run 'tend search --query "   "'
run 'tend search walk --query sister'
run 'tend search'
run 'tend search "" " "'
run 'tend search walk --limit -1'
run 'tend search walk --limit many'
run 'tend search walk --since someday'
run "tend search \"\$(printf 'bad \\377 bytes')\""
