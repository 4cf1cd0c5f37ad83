# No moods yet: the month is drawn all the same, and nothing is created. A month without moods
# next to one with them.
run 'tend mood cal'
run 'tend mood cal --format json'
run 'tend mood cal --format markdown'
run 'test -e "$TEND_DB" || echo "no database"'
tend mood 8 --at "2026-11-03 08:00"
run 'tend mood cal --months 2'
run 'tend mood cal --months 2 --format json'
