# Every bad score gets exit 2 and one line naming the value, and writes nothing.
tend mood 5
run 'tend mood 11'
run 'tend mood 0'
run 'tend mood -1'
run 'tend mood 7.5'
run 'tend mood seven'
run 'tend mood ""'
run 'tend mood " 7"'
run 'tend mood 99999999999999999999'
run 'tend mood'
run 'tend mood list'
