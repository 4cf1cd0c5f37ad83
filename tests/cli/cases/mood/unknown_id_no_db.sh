# Editing or removing before any database exists is an unknown id, and creates nothing.
run 'tend mood rm 1'
run 'tend mood edit 1 --score 5'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
