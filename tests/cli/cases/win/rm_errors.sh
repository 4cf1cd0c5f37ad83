# Removing a win; bad input gets exit 2 and one line, and writes nothing.
run 'tend win list'
run 'tend win rm 1'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
tend win "kept my appointment"
tend win typo
run 'tend win rm 2'
run 'tend win rm 2'
run 'tend win rm abc'
run 'tend win'
run 'tend win "   "'
run 'tend win walked --at someday'
run 'tend win "$(printf "bad \\377 bytes")"'
run 'tend win list --since nope'
run 'tend win list extra'
run 'tend win rm 1 extra'
tend win "$(printf 'red \033[31mALERT\033[0m')"
run 'tend win list'
run 'tend win list --format markdown'
run 'tend win rm 1 --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
