# A backup taken while another process writes is a consistent snapshot: PRAGMA integrity_check
# passes, every mood in it has its tag (written in the same transaction), and the search index
# agrees with its tables. A writer loop runs in the background; backups are taken until it is
# done, and at least two of them while it was still writing.
tend mood 5 "first" -t w
note=$(head -c 20000 /dev/zero | tr '\0' 'n')
( for i in $(seq 120); do tend -q mood 5 "$note words $i" -t w || exit 1; done
  touch "$WORK/writer.done" ) 2>"$WORK/writer.err" &
writer=$!
run 'n=0; during=0; while [ ! -e "$WORK/writer.done" ] || [ $n -lt 3 ]; do [ -e "$WORK/writer.done" ] || during=$((during + 1)); n=$((n + 1)); tend -q backup "$WORK/b$n.db" || exit 1; [ $n -lt 200 ] || exit 1; sleep 0.1; done; echo $n > "$WORK/count"; [ $during -ge 2 ] && echo "at least two backups taken while the writer wrote"'
wait "$writer"
run 'cat "$WORK/writer.err"; tend mood list --format json | jq length'
run 'bad=0; for n in $(seq "$(cat "$WORK/count")"); do r=$(sqlite3 "$WORK/b$n.db" "PRAGMA integrity_check; SELECT count(*) FROM mood WHERE id NOT IN (SELECT mood_id FROM mood_tag); INSERT INTO search_index (search_index) VALUES ('"'"'integrity-check'"'"'); SELECT (SELECT count(*) FROM mood) = (SELECT count(*) FROM search_index)" | tr "\n" " "); [ "$r" = "ok 0 1 " ] || { echo "b$n: $r"; bad=1; }; done; [ $bad = 0 ] && echo "every backup is whole: integrity ok, no mood without its tag, index in step"'
run 'first=$(sqlite3 "$WORK/b1.db" "SELECT count(*) FROM mood"); last=$(sqlite3 "$WORK/b$(cat "$WORK/count").db" "SELECT count(*) FROM mood"); [ "$last" -gt "$first" ] && echo "later backups hold more"'
