# Undo takes back the check-off recorded last (whatever its day); a one-off returns to open.
export TEND_NOW=2026-11-16T09:00
tend hw add "Breathe" --daily
tend hw add "Call the dentist"
export TEND_NOW=2026-11-18T08:00
tend hw done 1
tend hw done 1 --on mon
tend hw skip 1 --on tue --note "away"
run 'tend hw undo 1'
run 'tend hw undo 1'
run 'tend hw show 1'
run 'tend hw done 2'
run 'tend hw undo 2'
run 'tend hw undo 2'
run 'tend hw list'
run 'tend hw undo 1 --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
