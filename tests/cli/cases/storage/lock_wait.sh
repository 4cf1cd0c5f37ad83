# [database] lock_wait: how long a write waits for another writer. Another program holds the
# write lock for 4 seconds: with a wait of 250 ms tend gives up at once, busy, changing nothing;
# with the default 5 s it waits its turn and writes.
tend mood 5 "first"
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[database]\nlock_wait = "250ms"\n' > "$WORK/short.toml"
printf '[database]\nlock_wait = "soon"\n' > "$WORK/bad.toml"
# hold SECONDS: takes the write lock in the background and returns once it holds it.
hold() {
    rm -f "$WORK/locked"
    { printf 'BEGIN IMMEDIATE;\n.shell touch "%s/locked"\n' "$WORK"; sleep "$1"; printf 'COMMIT;\n'; } |
        sqlite3 "$TEND_DB" >/dev/null &
    HOLDER=$!
    for _ in $(seq 200); do [[ -e $WORK/locked ]] && return 0; sleep 0.05; done
    return 1
}
hold 4
run 'start=$(date +%s%N); tend --config "$WORK/short.toml" mood 6 "second"; status=$?; (( ($(date +%s%N) - start) / 1000000 < 3000 )) && echo "gave up before the lock was let go"; exit $status'
run 'tend --config "$WORK/bad.toml" mood 6 "second"'
run 'tend mood 6 "third" -q && echo "waited its turn"'
wait "$HOLDER"
run 'tend mood list'
