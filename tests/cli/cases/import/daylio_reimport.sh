# A later Daylio export, after entries were edited in Daylio (mood, note, activities), updates
# those moods instead of adding second copies: an entry is its date and time (and its place
# among the entries of the same minute, counted from the oldest). An entry added in the same
# minute keeps the others as they were.
cp "$CASE_DIR"/../../fixtures/daylio_first.csv "$CASE_DIR"/../../fixtures/daylio_later.csv .
run 'tend import daylio_first.csv --from daylio'
run 'tend mood list'
run 'tend import daylio_first.csv --from daylio'
run 'tend import daylio_later.csv --from daylio'
run 'tend mood list'
run 'tend import daylio_later.csv --from daylio --format json | jq -c "{added, updated, deleted, unchanged, skipped}"'
run 'tend export | jq -r ".moods[] | [.at, .score, .uuid] | @tsv"'
# A mood deleted here stays deleted when the same Daylio file is imported again: the file says
# nothing of when its entries changed, so the deletion, made later, stands (skipped, with a note).
run 'tend mood rm 6'
run 'tend import daylio_later.csv --from daylio'
run 'tend mood list --since 2026-11-20'
