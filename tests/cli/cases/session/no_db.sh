# Reading, fixing and cancelling before any database exists creates nothing.
run 'tend session list --format json'
run 'tend session cancel'
run 'tend session edit 1 --note x'
run 'tend session rm 1'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
