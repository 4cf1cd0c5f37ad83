# No session yet: the last 7 days, compared with the 7 before.
tend mood 4 --at "2026-11-10 09:00"
tend mood 6 --at "2026-11-12 09:00"
tend mood 5 "meh" -t work --at "2026-11-14 09:00"
tend mood 7 "better" -t work --at "2026-11-16 09:00"
tend mood 9 "great walk" -t walk --at "2026-11-20 07:00"
run 'tend summary'
run 'tend summary --format json | jq -c ".window, .mood | del(.per_day)"'
run 'LC_ALL=C tend summary | grep "Per day"'
