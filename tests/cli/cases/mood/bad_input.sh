# Bad dates, tags, ids, options and formats: exit 2, one line, nothing written.
tend mood 5
run 'tend mood 7 --at someday'
run 'tend mood 7 --at 2026-02-30'
run 'tend mood 7 --at 25:00'
run 'tend mood 7 --at "in 2d"'
run 'tend mood 7 --at 18:00'
run 'tend mood 7 -t ""'
run 'tend mood 7 -t "a,,b"'
run "tend mood 7 -t \$(printf 'x\\033y')"
run "tend mood 7 \"\$(printf 'bad \\377 bytes')\""
run 'tend mood 7 --bogus'
run 'tend mood 7 --format xml'
run 'tend mood list --color sometimes'
run 'tend mood list --since tomorrowish'
run 'tend mood edit 99 --score 3'
run 'tend mood edit 1'
run 'tend mood edit abc --score 3'
run 'tend mood edit 1 --score 12'
run 'tend mood rm 0'
run 'tend mood rm 42'
run 'tend mood list extra'
run 'TEND_NOW=yesterday-ish tend mood 7'
run 'tend mood list'
