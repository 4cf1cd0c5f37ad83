# This month as a calendar: each day by its mean mood, rounded with halves up (6 and 7 show 7;
# 9 and 10 show 10), a dot for a day without one, today in brackets; in colour, each day's
# number on its mood's colour, with the scale as a legend.
tend mood 6 --at "2026-11-02 08:00"
tend mood 7 --at "2026-11-02 20:00"
tend mood 3 "argument with my sister" --at "2026-11-10 21:00"
tend mood 9 --at "2026-11-19 09:00"
tend mood 10 --at "2026-11-19 19:00"
tend mood 5 --at "2026-11-20 07:00"
run 'tend mood cal'
run 'tend mood cal --color never'
run 'LC_ALL=C tend mood cal'
run 'tend mood cal --color always | cat -v'
run 'NO_COLOR=1 tend mood cal'
run 'NO_COLOR=1 tend mood cal --color always | grep -c "48;5;"'
# The first of the month, a Sunday, alone in its week; today at the end of a week.
run 'TEND_NOW=2026-11-01T12:00 tend mood cal'
run 'TEND_NOW=2026-11-22T12:00 tend mood cal'
