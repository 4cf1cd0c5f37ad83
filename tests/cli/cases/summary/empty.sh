# Before anything is recorded: every section is there and says it is empty; nothing is created.
run 'tend summary'
run 'tend summary --format markdown'
run 'tend summary --format json'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
