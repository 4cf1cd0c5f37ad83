# An export is read record by record. A hand-written file may give its header last and its
# kinds in any order (here every key sorted: check-offs before their homework, entries before
# their sessions); it imports as the export itself does. An error in the very last record
# leaves the database as it was (the driver checks every failing run).
FIXTURES=$CASE_DIR/../../fixtures
tend mood 5
sqlite3 "$TEND_DB" "DELETE FROM mood; DELETE FROM tombstone"
sqlite3 "$TEND_DB" < "$FIXTURES/all_kinds.sql"
tend export -o "$WORK/first.json"
jq -S . "$WORK/first.json" > "$WORK/sorted.json"
run 'jq -r "keys_unsorted | join(\" \")" "$WORK/sorted.json"'
run 'tend --db "$WORK/other.db" import "$WORK/sorted.json"'
run 'tend --db "$WORK/other.db" export | cmp - "$WORK/first.json" && echo "same document"'
run 'tend --db "$WORK/third.db" import - < "$WORK/sorted.json"'
run 'tend --db "$WORK/third.db" export | cmp - "$WORK/first.json" && echo "same document"'
# The same document with an unknown field in its very last record (of the last kind that has
# any), read after every other record was written.
jq '(to_entries | map(select(.value | type == "array" and length > 0)) | last.key) as $k
    | .[$k][-1].feeling = "ok"' "$WORK/first.json" > "$WORK/last_bad.json"
tend --db "$WORK/fourth.db" mood 7 "already here"
run 'tend --db "$WORK/fourth.db" import "$WORK/last_bad.json"'
run 'tend --db "$WORK/fourth.db" export | jq -c "[.moods[].note, .sessions, .homework]"'
# A syntax error after the last record: nothing is written either.
head -c -3 "$WORK/first.json" > "$WORK/cut.json"
run 'tend --db "$WORK/fourth.db" import "$WORK/cut.json"'
# A large export shows its progress bar on a terminal from the first byte read, as a percentage
# of the bytes to read (the first pass and the second); never in a pipe.
{
    echo 'full_date,date,weekday,time,mood,activities,note_title,note'
    for i in $(seq 0 2999); do
        printf '%04d-%02d-%02d,,,%02d:%02d,good,walk,,entry %s\n' $((2026 - i / 336)) \
            $((12 - i / 28 % 12)) $((28 - i % 28)) $((i % 10 + 8)) $((i % 60)) "$i"
    done
} > big.csv
tend --db "$WORK/big.db" import big.csv --from daylio
tend --db "$WORK/big.db" export -o big.json
run 'tend --db "$WORK/pipe.db" import big.json 2>"$WORK/err"; wc -c < "$WORK/err"'
run 'script -qec "\"\$TEND_BIN\" --db \"$WORK/tty.db\" import big.json" /dev/null | tr "\r" "\n" | grep -v "^$" | sed -n "1p;\$p" | sed "s/\x1b\[K//"'
run 'script -qec "\"\$TEND_BIN\" --db \"$WORK/tty2.db\" import big.json" /dev/null | tr "\r" "\n" | grep -c "importing \["'
