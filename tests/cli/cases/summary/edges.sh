# Moods exactly at the window's edges count; a minute outside does not.
tend mood 1 "just before" --at "2026-11-15 23:59"
tend mood 2 "first minute" --at "2026-11-16 00:00"
tend mood 3 "last minute" --at "2026-11-18 23:59"
tend mood 9 "just after" --at "2026-11-19 00:00"
run 'tend summary --since 2026-11-16 --until 2026-11-18 --format json | jq -c ".window, .mood | del(.per_day, .tags)"'
run 'tend summary --since 2026-11-16 --until 2026-11-18 | head -6'
