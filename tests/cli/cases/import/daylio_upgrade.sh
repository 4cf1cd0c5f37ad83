# Moods imported from Daylio by an earlier version of tend carry UUIDs made from the day, time,
# mood and note. Importing the same entries again finds them under that UUID, gives them the
# new one (day and time) and adds nothing; from then on edits in Daylio update them.
cp "$CASE_DIR"/../../fixtures/daylio_earlier.json "$CASE_DIR"/../../fixtures/daylio_*.csv .
tend import daylio_earlier.json
run 'tend import daylio_first.csv --from daylio'
run 'tend export | jq -r ".moods[] | [.at, .score, .uuid] | @tsv"'
run 'tend import daylio_later.csv --from daylio'
run 'tend mood list'
