# The reflection reminder: from the session's time, worded for the first 24 hours and after
# them, and no longer once the week after the session is over. Only the latest session counts.
export TEND_NOW=2026-11-10T18:00
tend mood 5
tend session add 17:00
run 'tend remind'
export TEND_NOW=2026-11-11T17:00
run 'tend remind'
export TEND_NOW=2026-11-11T17:01
run 'tend remind'
export TEND_NOW=2026-11-17T16:59
run 'tend remind'
export TEND_NOW=2026-11-17T17:00
run 'tend remind'
# A newer session without a reflection is asked about; the older one no longer.
export TEND_NOW=2026-11-18T09:00
tend session add "2026-11-17 17:00"
run 'tend remind --format json'
tend reflect --session 1 --answer takeaway="late, but written"
run 'tend remind'
tend reflect --answer takeaway="on time"
run 'tend remind'
