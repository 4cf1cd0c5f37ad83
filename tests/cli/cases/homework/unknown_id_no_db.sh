# Commands on an item before any database exists are an unknown id, and create nothing; so is
# tying new homework to a session that does not exist.
run 'tend hw done 1'
run 'tend hw skip 1 --note x'
run 'tend hw undo 1'
run 'tend hw step done 1 1'
run 'tend hw edit 1 --title x'
run 'tend hw drop 1'
run 'tend hw show 1'
run 'tend hw add "Breathe" --daily --session 3'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
