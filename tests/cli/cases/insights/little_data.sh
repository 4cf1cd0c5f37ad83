# Too little to compare: nothing recorded (no database is created), a few days, one day, and
# days that all feel the same. Each says how much there is and how much is needed.
run 'tend insights; test ! -e "$TEND_DB" && echo "no database created"'
run 'tend insights --format json | jq -c "[.days_logged, .enough_to_compare, .patterns, .trend.direction]"'
for d in 01 03 04 06 08 09 10 12 13 15 17 18; do
    tend mood 6 --at "2026-11-$d 09:00" -t walk -q
done
run 'tend insights'
run 'tend insights --since 2026-11-18 --format markdown'
