# A file given as jrnl's that is not its JSON export, or holds a value jrnl never writes, is
# refused with one line naming the place, the value and what is accepted; nothing is written.
cp "$CASE_DIR"/../../fixtures/jrnl_first.json .
run 'tend import jrnl_first.json --from jrnl'
printf 'not json at all\n' > text.txt
printf '' > empty.json
printf '{"entries": [ {"title": "x",' > cut.json
printf '{"tags": {}}\n' > no_entries.json
printf '{"entries": {"title": "x"}}\n' > entries_object.json
printf '[{"title": "x"}]\n' > array.json
printf '{"tags": [], "entries": []}\n' > tags_array.json
printf '{"entries": ["x"]}\n' > entry_text.json
printf '{"entries": [{"body": "b", "date": "2026-11-02", "time": "21:14"}]}\n' > no_title.json
printf '{"entries": [{"title": 5, "date": "2026-11-02", "time": "21:14"}]}\n' > title_number.json
printf '{"entries": [{"title": "t", "body": null, "date": "2026-11-02", "time": "21:14"}]}\n' > body_null.json
printf '{"entries": [{"title": "t", "date": "2026-02-30", "time": "21:14"}]}\n' > bad_date.json
printf '{"entries": [{"title": "t", "date": "02.11.2026", "time": "21:14"}]}\n' > date_form.json
printf '{"entries": [{"title": "t", "time": "21:14"}]}\n' > no_date.json
printf '{"entries": [{"title": "t", "date": "2026-11-02", "time": "24:00"}]}\n' > bad_time.json
printf '{"entries": [{"title": "t", "date": "2026-11-02", "time": "9:14 PM"}]}\n' > time_form.json
printf '{"entries": [{"title": "t", "date": "2026-11-02"}]}\n' > no_time.json
printf '{"entries": [{"title": "t", "date": "2026-11-02", "time": "21:14", "tags": "@work"}]}\n' > tags_text.json
printf '{"entries": [{"title": "t", "date": "2026-11-02", "time": "21:14", "tags": [""]}]}\n' > tag_empty.json
printf '{"entries": [{"title": "t", "date": "2026-11-02", "time": "21:14", "starred": "yes"}]}\n' > starred_text.json
printf 'full_date,date,weekday,time,mood,activities,note_title,note\n' > daylio.csv
tend export > tend_export.json
for f in text.txt empty.json cut.json no_entries.json entries_object.json array.json \
    tags_array.json entry_text.json no_title.json title_number.json body_null.json bad_date.json \
    date_form.json no_date.json bad_time.json time_form.json no_time.json tags_text.json \
    tag_empty.json starred_text.json daylio.csv tend_export.json; do
    run "tend import $f --from jrnl"
done
run 'tend import missing.json --from jrnl'
run 'tend import jrnl_first.json'
run 'tend import jrnl_first.json --from jrnl --map super=9'
