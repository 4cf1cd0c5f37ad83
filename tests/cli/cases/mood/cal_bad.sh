# Bad values: one line naming the value and what is accepted, exit 2, nothing written.
tend mood 5
run 'tend mood cal --months 0'
run 'tend mood cal --months abc'
run 'tend mood cal --months 1000'
run 'tend mood cal --months -3'
run 'tend mood cal --months ""'
run 'tend mood cal --months 25'
run 'tend mood cal --months 2 --year'
run 'tend mood cal --year --months 12'
run 'tend mood cal --months'
run 'tend mood cal extra'
run 'tend mood cal --format xml'
run 'tend mood --at yesterday cal'
run "tend mood cal --months \$(printf '\\033[2J')"
# A mood whose note is "cal" is a mood, not the calendar.
run 'tend mood 7 cal'
