# The listing in all three formats, oldest first, with tags and notes.
tend mood 7 "slept well" -t sleep --at "2026-11-18 07:45"
tend mood 3 "argument with my sister" -t family -t evening --at "2026-11-19 21:10"
tend mood 6 --at "2026-11-20 08:00"
run 'tend mood list'
run 'tend mood list --format markdown'
run 'tend mood list --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
