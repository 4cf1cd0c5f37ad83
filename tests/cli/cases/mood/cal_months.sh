# Several months, three to a row within 80 columns, ending with this one; --year shows January
# to December of this year, the months to come without moods.
tend mood 4 --at "2026-09-01 08:00"
tend mood 8 --at "2026-10-31 22:00"
tend mood 6 --at "2026-11-20 08:00"
run 'tend mood cal --months 3'
run 'tend mood cal --months 2'
run 'tend mood cal --months=4 --color never | wc -L'
run 'tend mood cal --year'
run 'tend mood cal --year | wc -L'
run 'tend mood cal --months 24 | sed -n 1,3p'
# Across the new year.
run 'TEND_NOW=2027-01-05T09:00 tend mood cal --months 3 --format json'
# Shell completion offers the command and its options.
run 'tend __complete -- mood c'
run 'tend __complete -- mood cal --'
