#!/usr/bin/env bash
# A full disk, damaged files, the wrong kind of file, unwritable places and a missing home: each
# gives exit 1 and one clear line (never an abort or a stack trace), and never makes the damage
# worse: the files involved are byte-for-byte as before. A real small file system stands in for
# the full disk (a tmpfs mounted in a private mount namespace, gone when the test ends).
#
# To cover a new command, add it to WRITES (commands that write) or READS (commands that only
# read) below: every fault is tried with every one of them.
#
# usage: storage_faults.sh TEND_BINARY
source "$(dirname "$0")/lib.sh" "$1"
in_private_mounts "$@"

WRITES=(
    'mood 6 "a note" -t tag'
    'mood edit 1 --score 3 --note "changed"'
    'mood rm 1'
)
READS=(
    'mood list'
    'mood list --format json'
    'insights'
    'insights --format json'
)
checked=0

# expect_failure WHAT EXIT REGEX FILE... -- TEND-ARGS: runs tend with TEND-ARGS (a string, as
# typed), expects the exit code, exactly one stderr line starting "tend: " and matching REGEX, and
# each FILE (or directory listing) unchanged.
expect_failure() {
    local what=$1 want=$2 regex=$3
    shift 3
    local watched=()
    while [[ $1 != -- ]]; do watched+=("$1"); shift; done
    shift
    local before after status=0
    before=$(fingerprint "${watched[@]}")
    eval "timeout 20 \"\$TEND_BIN\" $*" >"$WORK/out" 2>"$WORK/err" || status=$?
    after=$(fingerprint "${watched[@]}")
    [[ $status -eq $want ]] || {
        cat "$WORK/err" >&2
        fail "$what: tend $* exited $status, expected $want"
    }
    expect_one_error_line "$WORK/err" "$what: tend $*"
    grep -Eq -- "$regex" "$WORK/err" || fail "$what: tend $*: message does not match /$regex/: $(cat "$WORK/err")"
    [[ $before == "$after" ]] || fail "$what: tend $* changed ${watched[*]}"
    checked=$((checked + 1))
}

# The digest of each file, or the listing of each directory, or "absent": a creation that
# fails leaves no file behind, not even an empty one.
fingerprint() {
    local f
    for f in "$@"; do
        if [[ -d $f ]]; then echo "dir $f: $(ls -A "$f" | tr '\n' ' ')"
        elif [[ -f $f ]]; then echo "file $f: $(sha256sum <"$f" | cut -d' ' -f1)"
        elif [[ -e $f ]]; then echo "other $f: $(stat -c %F "$f")"  # a FIFO is never read
        else echo "absent $f"; fi
    done
}

# Every write and every read against one database path.
expect_all_fail() {
    local what=$1 want=$2 regex=$3 db=$4 cmd
    shift 4
    for cmd in "${WRITES[@]}" "${READS[@]}"; do
        expect_failure "$what" "$want" "$regex" "$db" "$@" -- "--db \"$db\" $cmd"
    done
}

# A valid database with a few moods (ids 1 to 5), made in DIR.
make_db() {
    local db=$1/tend.db i
    mkdir -p "$1"
    for i in 1 2 3 4 5; do "$TEND_BIN" --db "$db" mood "$i" "note $i" -t "t$i" -q; done
    echo "$db"
}

# --- A full disk: a 2 MiB tmpfs, filled up to FREE KiB with a filler file.
disk=$WORK/disk
mkdir -p "$disk"
mount -t tmpfs -o size=2m,mode=0700 tmpfs "$disk"
fill_to() {
    rm -f "$disk/filler"
    local avail
    avail=$(df --output=avail -k "$disk" | tail -1)
    if ((avail > $1)); then
        dd if=/dev/zero of="$disk/filler" bs=1k count=$((avail - $1)) status=none
    fi
}
# A valid note larger than what is left, as three words: one argument holds at most 128 KiB.
word=$(head -c 100000 /dev/zero | tr '\0' x)
big="$word\" \"$word\" \"$word"
db=$(make_db "$disk/full")
fill_to 100   # room for the WAL index, not for the note: SQLITE_FULL while committing
expect_failure "disk full at commit" 1 "the disk holding .* is full" "$db" -- \
    "--db \"$db\" mood 6 \"$big\""
expect_failure "disk full at commit" 1 "the disk holding .* is full" "$db" -- \
    "--db \"$db\" mood edit 2 --note \"$word\""
fill_to 0     # not even room for the WAL index: reads and writes fail the same way
expect_all_fail "disk full" 1 "the disk holding .* is full" "$db"
new=$disk/new/tend.db
expect_failure "disk full on creation" 1 "the disk holding .* is full" \
    "$new" "$new-wal" "$new-shm" "$new-journal" -- "--db \"$new\" mood 6"
# Output redirected to a full disk is a failure too, not a listing cut short in silence.
db2=$(make_db "$WORK/outside")
for cmd in "${READS[@]}"; do
    expect_failure "output to a full disk" 1 "cannot write to standard output" "$db2" -- \
        "--db \"$db2\" $cmd >\"$disk/out\""
done
expect_failure "output to /dev/full" 1 "cannot write to standard output" "$db2" -- \
    "--db \"$db2\" mood list --format json >/dev/full"
for cmd in "--help" "--version" "mood --help"; do
    expect_failure "$cmd to /dev/full" 1 "cannot write to standard output" "$db2" -- \
        "$cmd >/dev/full"
done
rm -f "$disk/filler"
[[ $(sqlite3 "$db" "PRAGMA integrity_check") == ok ]] || fail "full disk: integrity_check"
[[ $(sqlite3 "$db" "SELECT group_concat(score || ':' || note, ',') FROM mood") == \
    "1:note 1,2:note 2,3:note 3,4:note 4,5:note 5" ]] || fail "full disk: the moods changed"
"$TEND_BIN" --db "$db" mood 6 "$word" "$word" "$word" -q || fail "full disk: a write after freeing space failed"
"$TEND_BIN" --db "$disk/new/tend.db" mood 6 -q || fail "full disk: creation after freeing space"
note "full disk: refused cleanly, nothing changed, writes work again once there is room"

# --- Damaged files and files that are not tend databases.
good=$(make_db "$WORK/good")
size=$(stat -c %s "$good")
damaged() {  # damaged NAME: a copy of the good database to damage
    mkdir -p "$WORK/damaged"
    cp "$good" "$WORK/damaged/$1"
    echo "$WORK/damaged/$1"
}
damage=(
    "truncated to half|truncate -s $((size / 2))"
    "truncated inside the header|truncate -s 50"
    "mood table overwritten|overwrite_table mood"
    "tag table overwritten|overwrite_table mood_tag"
    "text|write_text"
    "random bytes|write_random"
    "SQLite header, then garbage|keep_header"
)
overwrite_table() {  # overwrite_table TABLE FILE: random bytes over the table's root page
    local root
    root=$(sqlite3 "$2" "SELECT rootpage FROM sqlite_master WHERE name = '$1'")
    dd if=/dev/urandom of="$2" bs=4096 seek=$((root - 1)) count=1 conv=notrunc status=none
}
write_text() { printf 'my notes, not a database\n' >"$1"; }
write_random() { head -c 8192 /dev/urandom >"$1"; }
keep_header() { head -c 100 "$good" >"$1" && head -c 8092 /dev/urandom >>"$1"; }
for entry in "${damage[@]}"; do
    name=${entry%%|*}
    file=$(damaged "${name// /_}")
    eval "${entry#*|} \"\$file\""
    expect_all_fail "$name" 1 "is not a tend database or is damaged|not a tend database" "$file"
done
foreign=$WORK/damaged/foreign.db
sqlite3 "$foreign" "CREATE TABLE accounts (id INTEGER); INSERT INTO accounts VALUES (1);"
expect_all_fail "another program's SQLite file" 1 "is an SQLite file but not a tend database" "$foreign"
newer=$(damaged newer.db)
sqlite3 "$newer" "PRAGMA user_version = 99"
expect_all_fail "a newer schema" 1 "written by a newer tend" "$newer"
lower=$(damaged lower.db)
sqlite3 "$lower" "PRAGMA user_version = 1"
expect_all_fail "a schema version below its tables" 1 \
    "says it holds schema version 1, but its tables are not those of that version" "$lower"
note "damaged files: ${#damage[@]} kinds of damage plus foreign, newer and mislabelled files, all refused untouched"

# --- The wrong kind of file where the database should be.
mkdir -p "$WORK/kinds/dir.db"
expect_all_fail "a directory" 1 "is a directory, not a tend database" "$WORK/kinds/dir.db"
ln -s "$WORK/kinds/dir.db" "$WORK/kinds/link.db"
expect_all_fail "a link to a directory" 1 "is a directory, not a tend database" "$WORK/kinds/link.db"
mkfifo "$WORK/kinds/fifo.db"
expect_all_fail "a FIFO" 1 "is not a regular file" "$WORK/kinds/fifo.db"
note "wrong kinds: a directory, a link to one, and a FIFO refused"

# --- Places tend cannot write to (as root, permissions do not stop writes: use file systems).
printf 'a file\n' >"$WORK/plain"
expect_failure "under a regular file" 1 "is not a directory" "$WORK/plain" -- \
    "--db \"$WORK/plain/sub/tend.db\" mood 6"
expect_failure "under /proc" 1 "cannot create" -- "--db /proc/tend-test/tend.db mood 6"
ro=$WORK/ro
mkdir -p "$ro"
mount -t tmpfs -o ro,size=64k tmpfs "$ro"
expect_failure "a read-only file system" 1 "Read-only file system" "$ro" -- \
    "--db \"$ro/tend.db\" mood 6"
expect_failure "a read-only file system" 1 "Read-only file system" "$ro" -- \
    "--db \"$ro/sub/tend.db\" mood 6"
shelf=$(make_db "$WORK/shelf")
mount --bind "$WORK/shelf" "$ro" && mount -o remount,bind,ro "$ro"
# A WAL database needs its directory writable even to be read: both refuse, with one line.
expect_all_fail "a database on a read-only mount" 1 "cannot (open|write)" "$ro/tend.db" "$shelf"
note "unwritable places: refused with one line"

# --- No home: HOME unset or empty, or naming a directory that does not exist.
no_home() { env -u HOME -u TEND_DB -u XDG_DATA_HOME -u XDG_CONFIG_HOME "$@"; }
for cmd in "${WRITES[@]}" "${READS[@]}"; do
    status=0
    eval "no_home timeout 20 \"\$TEND_BIN\" $cmd" >/dev/null 2>"$WORK/err" || status=$?
    [[ $status -eq 1 ]] || fail "HOME unset: tend $cmd exited $status"
    expect_one_error_line "$WORK/err" "HOME unset: tend $cmd"
    grep -q "HOME is not set" "$WORK/err" || fail "HOME unset: $(cat "$WORK/err")"
    eval "no_home HOME= timeout 20 \"\$TEND_BIN\" $cmd" >/dev/null 2>"$WORK/err" || true
    expect_one_error_line "$WORK/err" "HOME empty: tend $cmd"
    grep -q "HOME is not set" "$WORK/err" || fail "HOME empty: $(cat "$WORK/err")"
    status=0
    eval "no_home HOME=\"\$WORK/gone\" timeout 20 \"\$TEND_BIN\" $cmd" >/dev/null 2>"$WORK/err" ||
        status=$?
    [[ $status -eq 1 ]] || fail "missing home: tend $cmd exited $status"
    expect_one_error_line "$WORK/err" "missing home: tend $cmd"
    grep -q "home directory .*/gone does not exist" "$WORK/err" || fail "missing home: $(cat "$WORK/err")"
    [[ ! -e $WORK/gone ]] || fail "missing home: tend $cmd created it"
    checked=$((checked + 3))
done
# With the database named, no home is needed at all (cron, services).
no_home "$TEND_BIN" --db "$WORK/nohome.db" mood 6 -q || fail "HOME unset with --db failed"
no_home TEND_DB="$WORK/nohome.db" "$TEND_BIN" mood list >/dev/null || fail "HOME unset with TEND_DB"
note "no home: refused with one line, nothing created; --db and TEND_DB work without one"

# --- A config file that is not one.
mkdir -p "$WORK/conf.d"
expect_failure "a directory as config" 1 "cannot read config file" -- \
    "--config \"$WORK/conf.d\" mood list"
expect_failure "an endless config" 2 "not a regular file \\(a character device\\)" -- \
    "--config /dev/zero mood list"
head -c 2000000 /dev/zero | tr '\0' '#' >"$WORK/huge.toml"
expect_failure "a huge config" 2 "larger than 1 MiB" -- "--config \"$WORK/huge.toml\" mood list"
note "storage faults: $checked refusals checked"
