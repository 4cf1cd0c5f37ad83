# --since and --until: a day includes the whole day; a time is exact.
tend mood 7 a --at "2026-11-17 23:59"
tend mood 6 b --at "2026-11-18 00:00"
tend mood 5 c --at "2026-11-19 12:00"
tend mood 4 d --at "2026-11-20 08:00"
run 'tend mood list --since 2026-11-18 --until 2026-11-19'
run 'tend mood list --since "2026-11-19 12:00"'
run 'tend mood list --until "2026-11-19 11:59"'
run 'tend mood list --since wed'
run 'tend mood list --since "2d ago" --until yesterday'
