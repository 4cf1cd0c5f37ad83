# Across a daylight-saving change the offset moves, not the day: a streak runs on through
# the short night, and check-offs keep their own local day.
export TEND_NOW=2026-03-27T21:00
tend hw add "Breathe" --daily
export TEND_NOW=2026-03-28T23:30
run 'tend hw done 1 --format json | grep -E "\"(day|at)\""'
export TEND_NOW=2026-03-29T02:30
run 'tend hw done 1 --format json | grep -E "\"(day|at)\""'
export TEND_NOW=2026-03-30T00:15
run 'tend hw done 1'
run 'tend hw done 1 --on "yesterday 23:59"'
run 'tend hw'
export TZ=America/Los_Angeles
export TEND_NOW=2026-11-01T01:30
tend hw add "Walk" --times 3 --per week
run 'tend hw done 2 --format json | grep -E "\"(day|at)\""'
export TEND_NOW=2026-11-01T23:30
run 'tend hw done 2 --on "2026-11-02"'
run 'tend hw show 2'
