# Nothing due: no output at all, on either stream, and exit 0, so cron sends no mail. Without a
# database, nothing is printed and nothing is created.
run 'tend remind'
run 'tend remind > "$WORK/out" 2> "$WORK/err"; echo "exit $?, stdout $(wc -c < "$WORK/out") bytes, stderr $(wc -c < "$WORK/err") bytes"'
run 'test -e "$XDG_DATA_HOME/tend" || echo "no database and no directory were created"'
run 'tend remind --format json'

# A database where everything is done for today.
export TEND_NOW=2026-11-20T21:00
tend mood 7
tend hw add "Stretch" --daily
tend hw done 1
run 'tend remind'
run 'tend remind > "$WORK/out" 2> "$WORK/err"; echo "exit $?, stdout $(wc -c < "$WORK/out") bytes, stderr $(wc -c < "$WORK/err") bytes"'
run 'tend remind --notify --format markdown'
# JSON always prints a document: an empty array.
run 'tend remind --format json'
