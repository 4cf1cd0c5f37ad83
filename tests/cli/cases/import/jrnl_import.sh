# jrnl's JSON export becomes journal entries with their tags and star: they show in search (by
# a word of the body and by a tag), in the Markdown export and in the JSON export's "journal"
# array. Importing the same file again changes nothing.
cp "$CASE_DIR"/../../fixtures/jrnl_first.json .
run 'tend import jrnl_first.json --from jrnl'
run 'tend search river'
run 'tend search walk'
run 'tend search deadline'
run 'tend export | jq -c ".journal[] | {at, day, title, body, starred, tags}"'
run 'tend export --format markdown'
before=$(tend export | jq -S .)
run 'tend import jrnl_first.json --from jrnl'
run 'tend import jrnl_first.json --from jrnl --format json | jq -c "{added, updated, deleted, unchanged, skipped}"'
after=$(tend export | jq -S .)
diff <(echo "$before") <(echo "$after") >&2
