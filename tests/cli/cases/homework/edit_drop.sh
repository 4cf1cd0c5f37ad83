# Editing changes what was asked ("" clears a text); dropping retires an item, which leaves the
# open list, keeps its history and takes no more check-offs.
export TEND_NOW=2026-11-16T09:00
tend hw add "Breathe" --daily --anchor "after coffee" --barrier "rushing"
tend hw add "Call the dentist" --due fri
export TEND_NOW=2026-11-18T09:00
tend hw done 1 --on mon
tend hw done 1 --on tue
run 'tend hw edit 1 --title "3 minutes of breathing" --anchor "after my morning coffee" --barrier "" --plan "do it in the car"'
run 'tend hw edit 1 --days mon,wed,fri'
run 'tend hw edit 2 --due 2026-11-27 --details "number is on the card" --link ~/dentist.txt'
run 'tend hw show 1'
run 'tend hw edit 2 --times 2 --per week'
run 'tend hw edit 2 --due fri --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend hw drop 1'
run 'tend hw drop 1'
run 'tend hw done 1'
run 'tend hw skip 1'
run 'tend hw step done 1 1'
run 'tend hw list'
run 'tend hw list --all'
run 'tend hw show 1'
tend hw done 2
run 'tend hw drop 2'
run 'tend hw edit 2 --daily'
run 'tend hw list'
