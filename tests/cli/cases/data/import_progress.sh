# A large import shows a progress bar on standard error, only when that is a terminal (script(1)
# gives the command one here), redrawn in place and wiped at the end; never in a pipe or a file.
# It is up from the start: reading the file (and making its UUIDs) is its first quarter, writing
# the moods the rest.
{
    echo 'full_date,date,weekday,time,mood,activities,note_title,note'
    for i in $(seq 0 2999); do
        printf '%04d-%02d-%02d,,,%02d:%02d,good,walk,,entry %s\n' $((2026 - i / 336)) \
            $((12 - i / 28 % 12)) $((28 - i % 28)) $((i % 10 + 8)) $((i % 60)) "$i"
    done
} > big.csv
run 'tend import big.csv --from daylio 2>"$WORK/err"; wc -c < "$WORK/err"'
run 'script -qec "\"\$TEND_BIN\" --db \"$WORK/tty.db\" import big.csv --from daylio" /dev/null | tr "\r" "\n" | grep -v "^$" | sed -n "1p;\$p" | sed "s/\x1b\[K//"'
run 'script -qec "\"\$TEND_BIN\" --db \"$WORK/tty.db\" import big.csv --from daylio" /dev/null | tr "\r" "\n" | grep -c "importing \["'
run 'script -qec "\"\$TEND_BIN\" --db \"$WORK/read.db\" import big.csv --from daylio" /dev/null | tr "\r" "\n" | grep -o "[0-9]*%" | head -n 14 | tr "\n" " "; echo'
# Under 96 KiB (about 2,000 of Daylio's rows), an import is quick enough to show no bar at all.
head -n 2001 big.csv > under.csv
run 'wc -c < under.csv; script -qec "\"\$TEND_BIN\" --db \"$WORK/under.db\" import under.csv --from daylio" /dev/null | grep -c "importing \[" || true'
run 'script -qec "\"\$TEND_BIN\" --db \"$WORK/small.db\" mood 5" /dev/null | grep -c "importing" || true'
