# Times-a-week homework is judged by whole weeks: walks just before a session still meet their
# week, a week met is never "not checked off", and the week still running is "so far".
at() { TEND_NOW=$1 tend "${@:2}" >/dev/null; }
homework() { run "TEND_NOW=$1 tend summary | sed -n '/^Homework/,/^\$/p'"; }
at 2026-11-09T08:00 hw add Walk --times 3 --per week
at 2026-11-09T18:00 hw done 1
at 2026-11-10T17:50 session add "2026-11-10 17:00"
# Day by day from the session on: the week is met on Friday, and stays met.
homework 2026-11-11T09:00
at 2026-11-12T18:00 hw done 1
homework 2026-11-12T19:00
at 2026-11-13T18:00 hw done 1
homework 2026-11-13T19:00
homework 2026-11-15T20:00
homework 2026-11-16T09:00
export TEND_NOW=2026-11-17T09:00
run 'tend summary | sed -n "/^Homework/,/^\$/p"'
run 'tend summary --format markdown | sed -n "/^## Homework/,/^## From/p"'
run 'tend summary --format json | jq -c ".homework[0].adherence"'
run 'tend hw show 1 | grep Adherence'
run 'tend hw | grep Walk'
# A skipped walk makes up a week's shortfall; a week with too few is not met.
at 2026-11-18T18:00 hw done 1
at 2026-11-20T18:00 hw skip 1 --note "rain all day"
at 2026-11-21T18:00 hw done 1
at 2026-11-25T18:00 hw done 1
export TEND_NOW=2026-12-01T09:00
run 'tend summary | sed -n "/^Homework/,/^\$/p"'
run 'tend summary --format json | jq -c ".homework[0].adherence.weeks"'
