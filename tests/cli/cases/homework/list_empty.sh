# Listing before anything was assigned creates no database and says so plainly.
run 'tend hw'
run 'tend hw list --all'
run 'tend homework list --format markdown'
run 'tend hw list --format json'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
