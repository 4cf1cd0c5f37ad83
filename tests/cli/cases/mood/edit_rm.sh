# Fixing mistakes: edit score, note and tags; remove.
tend mood 7 "slept well" -t sleep
tend mood 2 typo
run 'tend mood edit 2 --score 8'
run 'tend mood edit 2 --note "walk in the park" -t outside'
run 'tend mood edit 1 --note ""'
run 'tend mood rm 1'
run 'tend mood list'
