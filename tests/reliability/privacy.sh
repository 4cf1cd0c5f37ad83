#!/usr/bin/env bash
# Privacy on disk: every file tend writes (directory, database, WAL, shared memory) is owner-only
# whatever the umask, including the WAL files, which exist only while tend has the database open
# (seen by killing tend mid-command, with umask 000); and removed or replaced text does not stay
# in the file (secure_delete), checked on the file's bytes.
#
# To cover a new command, add it to COMMANDS (anything that opens the database) and, if it
# removes or replaces stored text, a step to `forget_secrets` with a secret of its own.
#
# usage: privacy.sh TEND_BINARY
source "$(dirname "$0")/lib.sh" "$1"

COMMANDS=(
    'mood 6 "a note" -t tag'
    'mood edit 1 --score 3'
    'mood list'
    'mood list --format json'
    'insights'
)

mode() { stat -c %a "$1"; }

# --- 1. Created under umask 000: directory 0700, file 0600.
(umask 000 && "$TEND_BIN" mood 7 "first" -q)
[[ $(mode "$XDG_DATA_HOME/tend") == 700 ]] || fail "data directory is $(mode "$XDG_DATA_HOME/tend")"
[[ $(mode "$TEND_DB") == 600 ]] || fail "database is $(mode "$TEND_DB")"
note "created under umask 000: directory 700, database 600"

# --- 2. The WAL and shared-memory files, made by tend itself under umask 000, seen while tend
# holds them open (it is killed at a random moment: a clean exit removes them).
seen_wal=0 seen_shm=0
for cmd in "${COMMANDS[@]}"; do
    max=$(eval "duration_ms \"\$TEND_BIN\" --db \"\$TEND_DB\" $cmd")
    for try in $(seq 1 30); do
        db=$WORK/wal/$try/tend.db
        mkdir -p "$(dirname "$db")"
        cp "$TEND_DB" "$db"
        chmod 600 "$db"
        (umask 000 && eval "exec \"\$TEND_BIN\" --db \"\$db\" $cmd -q" >/dev/null 2>&1) &
        pid=$!
        pause_ms $((RANDOM % (max + 1)))
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        for side in wal shm; do
            if [[ -e $db-$side ]]; then
                [[ $(mode "$db-$side") == 600 ]] ||
                    fail "tend $cmd made its -$side file $(mode "$db-$side") under umask 000"
                [[ $side == wal ]] && seen_wal=$((seen_wal + 1)) || seen_shm=$((seen_shm + 1))
            fi
        done
        rm -rf "$WORK/wal/$try"
    done
done
((seen_wal > 0 && seen_shm > 0)) || fail "never caught tend with its WAL files open ($seen_wal, $seen_shm)"
note "WAL files made under umask 000 while open: $seen_wal -wal and $seen_shm -shm seen, all 600"

# --- 3. A database someone made group- and world-readable is narrowed, WAL files included.
wide=$WORK/wide/tend.db
mkdir -p "$WORK/wide"
cp "$TEND_DB" "$wide"
chmod 644 "$wide"
: >"$wide-wal"
: >"$wide-shm"
chmod 666 "$wide-wal" "$wide-shm"
"$TEND_BIN" --db "$wide" mood list >/dev/null
[[ $(mode "$wide") == 600 ]] || fail "a 644 database stays $(mode "$wide") after tend opened it"
for side in wal shm; do
    [[ ! -e $wide-$side || $(mode "$wide-$side") == 600 ]] || fail "its -$side stays $(mode "$wide-$side")"
done
# A file that is not tend's is left exactly as it was, mode included.
sqlite3 "$WORK/wide/other.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
chmod 644 "$WORK/wide/other.db"
"$TEND_BIN" --db "$WORK/wide/other.db" mood list >/dev/null 2>&1 || true
[[ $(mode "$WORK/wide/other.db") == 644 ]] || fail "another program's database was chmodded"
note "a readable tend database is narrowed to 600; another program's file is not touched"

# --- 4. Removed and replaced text is overwritten in the file (secure_delete).
secret_db=$WORK/secret/tend.db
long=$(head -c 60000 /dev/zero | tr '\0' q)   # spills to overflow pages
forget_secrets() {
    local t=("$TEND_BIN" --db "$secret_db")
    "${t[@]}" mood 5 "filler" -q
    "${t[@]}" mood 5 "REMOVED-NOTE-7f3a" -t removed-tag-7f3a -q            # mood 2
    "${t[@]}" mood 6 "REPLACED-NOTE-91c2" -t replaced-tag-91c2 -q          # mood 3
    "${t[@]}" mood 4 "OVERFLOW-NOTE-5d1e $long" -q                         # mood 4
    "${t[@]}" mood 5 "kept" -q
    "${t[@]}" mood rm 2 -q
    "${t[@]}" mood edit 3 --note "replacement" -t newtag -q
    "${t[@]}" mood rm 4 -q
}
SECRETS=(REMOVED-NOTE-7f3a removed-tag-7f3a REPLACED-NOTE-91c2 replaced-tag-91c2
    OVERFLOW-NOTE-5d1e qqqqqqqqqqqqqqqqqqqqqqqq)
forget_secrets
for f in "$secret_db" "$secret_db-wal"; do
    [[ -e $f ]] || continue
    for s in "${SECRETS[@]}"; do
        if LC_ALL=C grep -qaF "$s" "$f"; then fail "\"$s\" is still in $(basename "$f") after it was removed"; fi
    done
done
[[ ! -e $secret_db-wal ]] || fail "a WAL file was left behind after a clean exit"
# The control: without secure_delete the same removal leaves the text behind, so the search
# above would see it.
sqlite3 "$secret_db" "PRAGMA secure_delete = OFF; UPDATE mood SET note = 'CONTROL-TEXT-0b9e' WHERE id = 1;" >/dev/null
sqlite3 "$secret_db" "PRAGMA secure_delete = OFF; DELETE FROM mood WHERE id = 1;" >/dev/null
LC_ALL=C grep -qaF CONTROL-TEXT-0b9e "$secret_db" || fail "control: the search cannot see deleted text"
note "removed and replaced notes and tags (${#SECRETS[@]} secrets) are gone from the file's bytes"

# --- 5. No network: tend and the libraries it loads import no socket functions.
if command -v nm >/dev/null; then
    network='^(socket|connect|getaddrinfo|gethostbyname|sendto|sendmsg|recvfrom|accept|listen)$'
    # libedit is not linked but opened when a prompt is shown: it and what it loads count too.
    # awk reads to the end: leaving early could cut ldconfig off with SIGPIPE, which pipefail
    # and errexit would turn into a silent failure of this script.
    libedit=$(ldconfig -p | awk '!found && $1 == "libedit.so.2" && /x86-64/ {print $NF; found = 1}')
    for lib in "$TEND_BIN" $(ldd "$TEND_BIN" ${libedit:+"$libedit"} | awk '$3 ~ /^\// && $1 !~ /^lib(c|m|gcc_s|stdc\+\+)\.so/ {print $3}' | sort -u) ${libedit:+"$libedit"}; do
        if nm -D --undefined-only "$lib" 2>/dev/null | awk '{print $NF}' | sed 's/@.*//' | grep -Eq "$network"; then
            fail "$(basename "$lib") imports a network function"
        fi
    done
    note "no network: tend and its libraries import no socket functions"
fi
