# With --format json, check-offs print the record written (or the one already there).
export TEND_NOW=2026-11-16T09:00
tend hw add "Breathe" --daily
export TEND_NOW=2026-11-17T07:30
run 'tend hw done 1 --note "in the car" --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend hw done 1 --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend hw skip 1 --on yesterday --note "set it up too late" --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend hw done 1 -q'
