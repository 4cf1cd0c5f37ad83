# hw rm deletes an item entered by mistake, with its check-offs and steps, and says what went;
# drop stays for retiring real homework, whose history is kept.
TEND_NOW=2026-11-17T08:00 tend hw add Walk --daily --step "shoes on" --step "out the door"
TEND_NOW=2026-11-19T08:00 tend hw done 1
tend hw done 1
tend hw skip 1 --on 2026-11-18 --note "rain"
tend hw add "Typo" --daily
tend hw add "Call the dentist"
run 'tend hw rm 1'
run 'tend hw rm 2 --format json | jq -c "{id, title, checkoffs_removed}"'
run 'tend hw rm 3'
run 'tend hw --all'
run 'tend search rain'
run 'sqlite3 "$TEND_DB" "SELECT count(*) FROM checkoff; SELECT count(*) FROM homework_step"'
# Unknown or bad ids are refused, and the database is left as it was.
run 'tend hw rm 1'
run 'tend hw rm 0'
run 'tend hw rm'
# A new item never takes a removed one's id.
run 'tend hw add Stretch --format json | jq .id'
