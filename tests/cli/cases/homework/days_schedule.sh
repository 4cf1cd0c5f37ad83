# Work on named weekdays: due only on those days; done on another day is an extra one.
export TEND_NOW=2026-11-16T07:00
tend hw add "Stretch" --days mon,wed,fri
run 'tend hw'
run 'tend hw done 1'
export TEND_NOW=2026-11-17T07:00
run 'tend hw'
run 'tend hw done 1'
export TEND_NOW=2026-11-18T07:00
run 'tend hw done 1'
export TEND_NOW=2026-11-23T07:00
run 'tend hw done 1 --on fri'
run 'tend hw done 1'
run 'tend hw show 1'
