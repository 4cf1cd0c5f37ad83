# Malformed Daylio files are refused with exit 2, naming the line and the problem; nothing is
# written.
tend mood 5 "already here"
H='full_date,date,weekday,time,mood,activities,note_title,note'
bad() { printf '%s\n' "$@" > "$WORK/bad.csv"; }
bad 'date,time,mood' '2026-11-01,09:00,rad'
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-02,,,09:00,rad,,,' '01/11/2026,,,09:00,rad,,,'
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-01,,,9:61 PM,rad,,,'
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-01,,,13:00 pm,rad,,,'
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-01,,,09:00,rad,a,b,c,d'
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-01,,,09:00,rad,,,"never closed' 'more text'
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-01,,,09:00,rad,,,"x"y'
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-01,,,09:00,,,,'
run 'tend import "$WORK/bad.csv" --from daylio'
printf '%s\n2026-11-01,,,09:00,rad,,,caf\351\n' "$H" > "$WORK/bad.csv"
run 'tend import "$WORK/bad.csv" --from daylio'
bad "$H" '2026-11-03,,,09:00,rad,,,' '2026-11-02,,,09:00,Super,,,' '2026-11-01,,,09:00,so so,,,'
run 'tend import "$WORK/bad.csv" --from daylio'
run 'tend import "$WORK/bad.csv" --from daylio --map super=9'
run 'tend import "$WORK/bad.csv" --from daylio --map super'
run 'tend import "$WORK/bad.csv" --from daylio --map super=11'
run 'tend import "$WORK/bad.csv" --from daylio --map =4'
: > "$WORK/empty.csv"
run 'tend import "$WORK/empty.csv" --from daylio'
run 'tend mood list'
