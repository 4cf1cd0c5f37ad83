# Steps are checked off one at a time by number; the last one says all are done.
export TEND_NOW=2026-11-16T09:00
tend hw add "Write to my sister" --due fri --step "find her address" --step "draft three sentences." --step "post it"
tend hw add "Breathe" --daily
run 'tend hw step done 1 2'
run 'tend hw step done 1 2'
run 'tend hw step done 1 1'
run 'tend hw step undo 1 1'
run 'tend hw step undo 1 1'
run 'tend hw step done 1 1'
run 'tend hw step done 1 3'
run 'tend hw step done 1 4'
run 'tend hw step done 1 0'
run 'tend hw step done 1 two'
run 'tend hw step done 2 1'
run 'tend hw step done 9 1'
run 'tend hw step finish 1 1'
run 'tend hw step'
run 'tend hw step done 1'
run 'tend hw show 1'
run 'tend hw step undo 1 3 --format json | grep -A20 "\"steps\""'
