# Checking off: once per occurrence (a second time is answered kindly and not counted), a skip
# turned into done, --on for a day gone by, one-offs becoming done and open again on undo, and
# the week's count for N-times-a-week work.
export TEND_NOW=2026-11-16T09:00
tend hw add "Breathe" --daily
tend hw add "Write to my sister" --due fri
tend hw add "Walk" --times 3 --per week
tend hw add "Stretch" --days mon,wed,fri
export TEND_NOW=2026-11-18T21:00
run 'tend hw skip 1 --note "migraine"'
run 'tend hw skip 1'
run 'tend hw done 1'
run 'tend hw done 1 --on mon --note "before work"'
run 'tend hw done 1 --on "2026-11-17 07:15"'
run 'tend hw done 1 --on 2026-11-17'
run 'tend hw skip 1 --on tue'
run 'tend hw done 2'
run 'tend hw done 2 --on tomorrow'
run 'tend hw skip 2'
run 'tend hw undo 2'
run 'tend hw done 2 --note "posted at last"'
run 'tend hw done 3 --on mon'
run 'tend hw done 3'
run 'tend hw done 3 --on tue'
run 'tend hw done 4 --on tue'
run 'tend hw done 4'
export TEND_NOW=2026-11-19T08:00
run 'tend hw done 3'
run 'tend hw list --all'
run 'sqlite3 "$TEND_DB" "SELECT homework_id, day, status, note, at_utc FROM checkoff ORDER BY id"'
