# Listing before anything was logged creates no database and says so plainly.
run 'tend mood list'
run 'tend mood list --format markdown'
run 'tend mood list --format json'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
