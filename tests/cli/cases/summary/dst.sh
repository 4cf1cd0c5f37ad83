# A daylight-saving change inside the window (Europe/Berlin, Sunday 25 October 2026): every day
# is counted once, and the moods keep their days.
export TEND_NOW=2026-10-27T12:00
tend mood 5 --at "2026-10-24 23:30"
tend mood 6 --at "2026-10-25 02:30"
tend mood 7 --at "2026-10-25 23:30"
tend mood 8 --at "2026-10-26 00:30"
run 'tend summary --since 2026-10-24 | head -5'
run 'tend summary --since 2026-10-24 --format json | jq -c ".mood.per_day[]"'
run 'tend mood list --format json | jq -r ".[].at"'
