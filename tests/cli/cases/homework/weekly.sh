# N times in any week (weeks from Monday): the week's count in the acknowledgement and the
# listing, a first week prorated, more than planned, and the streak counted in weeks met.
export TEND_NOW=2026-11-05T09:00
tend hw add "Walk" --times 3 --per week --anchor "after lunch"
export TEND_NOW=2026-11-05T13:00
run 'tend hw done 1'
run 'tend hw'
export TEND_NOW=2026-11-07T13:00
run 'tend hw done 1'
run 'tend hw'
export TEND_NOW=2026-11-10T13:00
run 'tend hw done 1 --on mon'
run 'tend hw done 1'
run 'tend hw done 1 --on "2026-11-08"'
export TEND_NOW=2026-11-12T13:00
run 'tend hw done 1'
run 'tend hw done 1 --on wed'
run 'tend hw'
export TEND_NOW=2026-11-18T13:00
run 'tend hw done 1'
run 'tend hw'
run 'tend hw show 1'
