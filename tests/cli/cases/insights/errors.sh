# Bad input is refused with one line and exit 2, before anything is read or written.
tend mood 6 -q
run 'tend insights --since someday'
run 'tend insights --until tomorrow'
run 'tend insights --since tomorrow'
run 'tend insights --since 2026-11-20 --until 2026-11-19'
run 'tend insights --since ""'
run 'tend insights --until ""'
run 'tend insights --format pdf'
run 'tend insights extra'
run 'tend insights --tag walk'
