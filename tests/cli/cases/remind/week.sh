# A week between two Tuesday sessions, one remind at a time: each kind of reminder appears when
# it is due and goes away once it is done (or skipped), and the rest stay as they were.
export TEND_NOW=2026-11-17T17:55
tend session add 17:00
tend session next 2026-11-24T17:00
tend hw add "3 minutes of breathing" --daily --anchor "after my morning coffee"
tend hw add "Walk outside" --times 2 --per week
tend hw add "Write the letter" --due thu

# Tuesday evening: today's homework and a reflection while the session is fresh; no mood
# reminder before 20:00.
export TEND_NOW=2026-11-17T18:00
run 'tend remind'
export TEND_NOW=2026-11-17T20:00
run 'tend remind'
tend mood 6 "good session"
tend hw done 1
run 'tend remind'

# Wednesday evening: more than 24 hours after the session, the reflection is still asked for,
# worded for that; writing it ends it.
export TEND_NOW=2026-11-18T18:30
run 'tend remind'
tend reflect --answer takeaway="small steps count"
tend hw done 2
run 'tend remind'
tend hw done 1
tend mood 7
run 'tend remind'

# Thursday: the letter is due today; a skip is respected like a check-off.
export TEND_NOW=2026-11-19T08:00
run 'tend remind'
tend hw skip 1 --note "early train"
run 'tend remind'

# Friday: the letter is past its day and still open; the walk's week is done.
export TEND_NOW=2026-11-20T09:00
run 'tend remind'
tend hw done 3
tend hw done 2
run 'tend remind'
tend hw done 1
run 'tend remind'

# Monday: a new week for the walk; prep comes up 24 hours before the next session.
export TEND_NOW=2026-11-23T16:59
run 'tend remind'
export TEND_NOW=2026-11-23T17:00
run 'tend remind'
tend prep --answer discuss="the walks helped"
tend hw done 1
tend hw done 2
run 'tend remind'

# Tuesday: the session is recorded; prep is over, and a new reflection is asked for.
export TEND_NOW=2026-11-24T18:00
tend session add 17:00
tend hw done 1
tend mood 7
run 'tend remind'
