# -o writes a private file and says so; bad windows are refused before anything is read.
tend mood 6
umask 022
run 'tend summary -o "$WORK/summary.txt"; stat -c %a "$WORK/summary.txt"; head -1 "$WORK/summary.txt"'
run 'tend summary --format markdown -o "$WORK/summary.md" -q; head -1 "$WORK/summary.md"'
run 'tend summary --since someday'
run 'tend summary --until tomorrow'
run 'tend summary --since 2026-11-20 --until 2026-11-19'
run 'tend summary --format pdf'
run 'tend summary -o "$WORK/no/such/dir/s.md"'
run 'tend summary extra'
# -o is checked before anything is written: a missing directory, a directory, the database.
run 'tend summary -o "$WORK"'
run 'tend summary -o "$TEND_DB"'
run 'tend mood list --format json | grep -c "\"score\""'
