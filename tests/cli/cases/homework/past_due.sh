# A due day in the past is a warning for a new item, not an error; it is listed as overdue.
export TEND_NOW=2026-11-20T08:30
run 'tend hw add "Read the worksheet" --due 2026-11-18'
run 'tend hw add "Return the book" --due "1d ago" -q'
run 'tend hw edit 1 --due 2026-11-17'
run 'tend hw'
