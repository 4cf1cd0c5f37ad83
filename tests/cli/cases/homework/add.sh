# Assigning homework: each kind of schedule, the texts that make it small and anchored, and
# the session it is tied to (the latest held, unless --session says otherwise).
tend mood 6  # any first write creates the database
sqlite3 "$TEND_DB" "INSERT INTO session (uuid, at_utc, at_offset, day, status, created_utc,
    updated_utc) VALUES
    ('00000000-0000-4000-8000-000000000001', 1794326400, 3600, '2026-11-10', 'held', 0, 0),
    ('00000000-0000-4000-8000-000000000002', 1794931200, 3600, '2026-11-17', 'held', 0, 0),
    ('00000000-0000-4000-8000-000000000003', 1795536000, 3600, '2026-11-24', 'scheduled', 0, 0)"
run 'tend hw add Call the dentist'
run 'tend hw add "Write to my sister" --due tue --step "find her address" --step "draft three sentences" --step "post it"'
run 'tend hw add "Stretch" --days mon,wed,FRI --anchor "after brushing my teeth"'
run 'tend hw add "Walk around the block" --times 3 --per week --barrier rain --plan "walk the corridor instead" --link https://example.org/walking --details "ten minutes is plenty"'
run 'tend homework add "Gratitude list" --daily --session 1'
run 'tend hw add "Read the worksheet" --due "3d ago"'
run 'tend hw add "Sunday check-in" --days sun,sat,sun -q'
run 'tend hw list'
run 'sqlite3 "$TEND_DB" "SELECT id, session_id, schedule, due_day, weekdays, times_per_week, status, start_day FROM homework"'
run 'sqlite3 "$TEND_DB" "SELECT homework_id, position, text FROM homework_step"'
