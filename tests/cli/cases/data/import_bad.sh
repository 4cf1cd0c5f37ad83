# A malformed or foreign export is refused with exit 2, naming the place and the problem; the
# database is left as it was (the driver checks every failing run).
tend mood 5 "already here"
printf '{\n  "format": "tend-export",\n  "version": 1,\n  "moods": [\n    {"uuid": 1,}\n  ]\n}\n' > "$WORK/syntax.json"
run 'tend import "$WORK/syntax.json"'
echo '{"format": "tend-export", "version": 3}' > "$WORK/newer.json"
run 'tend import "$WORK/newer.json"'
echo '{"format": "something-else", "version": 1}' > "$WORK/other.json"
run 'tend import "$WORK/other.json"'
echo '[1, 2]' > "$WORK/array.json"
run 'tend import "$WORK/array.json"'
good='{"uuid": "20000000-0000-4000-8000-000000000001", "at": "2026-11-18T08:30:00+01:00", "day": "2026-11-18", "score": 3}'
echo "{\"format\": \"tend-export\", \"version\": 1, \"moods\": [$good, {\"uuid\": \"20000000-0000-4000-8000-000000000002\", \"at\": \"2026-11-18T08:30:00+01:00\", \"day\": \"2026-11-18\", \"score\": 11}]}" > "$WORK/score.json"
run 'tend import "$WORK/score.json"'
echo "{\"format\": \"tend-export\", \"version\": 1, \"moods\": [$good], \"checkoffs\": [{\"uuid\": \"60000000-0000-4000-8000-000000000001\", \"homework\": \"40000000-0000-4000-8000-000000000001\", \"day\": \"2026-11-18\", \"status\": \"finished\", \"at\": \"2026-11-18T09:00:00+01:00\"}]}" > "$WORK/status.json"
run 'tend import "$WORK/status.json"'
echo "{\"format\": \"tend-export\", \"version\": 1, \"wins\": [{\"uuid\": \"70000000-0000-4000-8000-000000000001\", \"at\": \"2026-11-18T09:00:00+01:00\", \"day\": \"2026-11-18\", \"text\": \"\"}]}" > "$WORK/win.json"
run 'tend import "$WORK/win.json"'
echo "{\"format\": \"tend-export\", \"version\": 1, \"moods\": [{\"uuid\": \"20000000-0000-4000-8000-000000000001\", \"score\": 5, \"at\": \"2026-11-18T09:00:00+01:00\", \"day\": \"2026-11-18\", \"feeling\": \"ok\"}]}" > "$WORK/unknown.json"
run 'tend import "$WORK/unknown.json"'
# Steps are numbered from 1, as tend hw step done numbers them.
tend --db "$WORK/steps.db" hw add Walk --daily --step Shoes -q
tend --db "$WORK/steps.db" export | jq '.homework_steps[0].position = 0' > "$WORK/step.json"
run 'tend import "$WORK/step.json"'
printf 'full_date,date,weekday,time,mood,activities,note_title,note\n' > "$WORK/daylio.csv"
run 'tend import "$WORK/daylio.csv"'
run 'tend import "$WORK/nowhere.json"'
run 'tend import "$WORK"'
run 'tend import'
run 'tend import "$WORK/score.json" --from excel'
run 'tend import "$WORK/score.json" --map super=9'
run 'tend import - < /dev/null'
run 'tend mood list'
