# A later jrnl export, after an entry's body, tags and star were edited in jrnl, updates that
# entry instead of adding a second copy (an entry is its date, time and title); a new entry is
# added. Older exports without "tags" or "starred", entries of the same minute and title, and
# another tag symbol are read too.
cp "$CASE_DIR"/../../fixtures/jrnl_first.json "$CASE_DIR"/../../fixtures/jrnl_later.json \
    "$CASE_DIR"/../../fixtures/jrnl_old.json .
run 'tend import jrnl_first.json --from jrnl'
export TEND_NOW=2026-11-21T10:00
run 'tend import jrnl_later.json --from jrnl'
run 'tend export | jq -c ".journal[] | {day, title, body, starred, tags, created_at, updated_at}"'
run 'tend search sleep'
run 'tend import jrnl_old.json --from jrnl --format json | jq -c "{added, updated, deleted, unchanged, skipped}"'
run 'tend export | jq -c ".journal[] | select(.day < \"2020\") | {at, title, body, starred, tags}"'
run 'tend import jrnl_old.json --from jrnl'
