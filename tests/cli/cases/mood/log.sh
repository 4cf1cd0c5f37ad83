# Logging answers with one short line; the second of a day says so; a past day says "that day".
run 'tend mood 7 "slept well" -t sleep'
run 'tend mood 6 tired after work -t work,commute'
run 'tend mood 5 --at yesterday'
run 'tend mood 4 --at "yesterday 21:00"'
run 'tend mood 8 --at 07:00 -q'
run 'tend mood list'
