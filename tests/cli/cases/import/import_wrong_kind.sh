# A file of another kind is refused with what it looks like, not a bare syntax error; nothing is
# written.
tend mood 5 "already here"
tend export > export.json
printf '{"tags": {"@work": 1}, "entries": [{"title": "Hi", "body": "", "date": "2026-11-01", "time": "09:00", "tags": ["@work"], "starred": false}]}\n' > jrnl.json
printf '{"something": 1}\n' > other.json
printf '\x00\x01\x02binary' > blob.bin
printf 'just some words\nand more\n' > words.txt
printf 'a,b,c\n1,2,3\n' > table.csv
printf '2026-11-01,,,08:00,good,,,x\n' > headerless.csv
printf 'year,date,weekday,time,mood,activities,note\n2016,20 Smarch,x,08:00,good,,\n' > smarch.csv
printf 'year,date,weekday,time,mood,activities,note\n2016,20 September,x,08:00,good,,\n2016,21 сентября,x,08:00,good,,\n' > mixed.csv
printf 'year,date,weekday,time,mood,activities,note\n2016,30 February,x,08:00,good,,\n' > feb30.csv
: > empty.csv
run 'tend import export.json --from daylio'
run 'tend import jrnl.json --from daylio'
run 'tend import other.json --from daylio'
run 'tend import blob.bin --from daylio'
run 'tend import words.txt --from daylio'
run 'tend import table.csv --from daylio'
run 'tend import smarch.csv --from daylio'
run 'tend import mixed.csv --from daylio'
run 'tend import feb30.csv --from daylio'
run 'tend import empty.csv --from daylio'
run 'tend import jrnl.json'
run 'tend import blob.bin'
run 'tend import words.txt'
run 'tend import table.csv'
run 'tend import headerless.csv'
run 'tend import empty.csv'
run 'tend mood list'
