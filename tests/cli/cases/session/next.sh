# The next session: a later call moves it rather than adding a second; recording a session on
# its day (or later) turns the scheduled one into the held one, at its time.
run 'tend session next "2026-11-24 17:00"'
run 'tend session next "wed 18:00" --note "moved: therapist away"'
run 'tend session next "2026-11-25 18:00"'
run 'tend session next "thu 09:00" --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend session list'
run 'TEND_NOW=2026-11-26T10:15 tend session add'
run 'tend session list'
run 'tend session next "2026-12-03 09:00" -q'
run 'TEND_NOW=2026-12-05T12:00 tend session list'
run 'TEND_NOW=2026-12-05T12:00 tend session add "2026-12-04 09:00"'
run 'TEND_NOW=2026-12-05T12:00 tend session list'
# A day without a time keeps the usual appointment's time: the scheduled session's, else the
# latest held one's (PRODUCT.md: a weekday means the next such day).
run 'TEND_NOW=2026-12-05T12:00 tend session next tue'
run 'TEND_NOW=2026-12-05T12:00 tend session next "in 5d"'
run 'TEND_NOW=2026-12-05T12:00 tend session list'
run 'TEND_NOW=2026-12-05T12:00 tend session next "wed 18:30" -q'
run 'TEND_NOW=2026-12-05T12:00 tend session next fri'
