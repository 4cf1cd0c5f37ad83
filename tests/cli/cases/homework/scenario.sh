# A week of one small, anchored habit: assigned after Tuesday's session, ticked off most
# mornings, one skip with its reason, one mistake taken back, and an honest listing before the
# next session (the missed Sunday ends the streak but not the adherence).
export TEND_NOW=2026-11-17T19:00
tend mood 6 --at "2026-11-17 18:00"  # any first write creates the database
sqlite3 "$TEND_DB" "INSERT INTO session (uuid, at_utc, at_offset, day, status, created_utc,
    updated_utc) VALUES ('00000000-0000-4000-8000-000000000001', 1794931200, 3600,
    '2026-11-17', 'held', 1794931200, 1794931200)"
run 'tend hw add "3 minutes of breathing" --daily --anchor "after my morning coffee" --barrier "rushing in the morning" --plan "do it in the car before I drive off"'

export TEND_NOW=2026-11-18T07:45
run 'tend hw'
run 'tend hw done 1'

export TEND_NOW=2026-11-19T07:50
run 'tend hw done 1'
run 'tend hw done 1'

export TEND_NOW=2026-11-20T08:10
run 'tend hw skip 1 --note "overslept, straight out the door"'

export TEND_NOW=2026-11-21T09:30
run 'tend hw done 1'

# Monday: meant to tick today, ticked Sunday by mistake; took it back, ticked today.
export TEND_NOW=2026-11-23T07:40
run 'tend hw done 1 --on yesterday'
run 'tend hw undo 1'
run 'tend hw done 1'

export TEND_NOW=2026-11-24T08:00
run 'tend hw'
run 'tend hw show 1'
run 'tend hw done 1'
run 'tend hw list'
