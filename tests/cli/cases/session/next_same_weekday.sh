# "session next fri" on a Friday means today while the session's time is still ahead, and next
# Friday once it has passed; a time typed for today that has passed is still refused, since it
# names a day, not a weekday.
tend session add "2026-11-13 17:00"
run 'TEND_NOW=2026-11-20T08:30 tend session next fri'
run 'TEND_NOW=2026-11-20T18:00 tend session next fri'
run 'TEND_NOW=2026-11-20T18:00 tend session next "fri 10:00"'
run 'TEND_NOW=2026-11-20T18:00 tend session next "today 10:00"'
run 'TEND_NOW=2026-11-20T18:00 tend session next 2026-11-20'
run 'TEND_NOW=2026-11-20T18:00 tend session list'
