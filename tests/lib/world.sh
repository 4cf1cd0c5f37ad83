# The private world the shell tests run the real tend in (sourced, never run): nothing of the
# user's environment reaches it, its clock and zone are fixed, and its directory goes with the
# script. Each script enters it once, before anything else it does with tend:
#
#   source "$REPO/tests/lib/world.sh"
#   world_enter NAME TEND_BINARY
#
# After that: $WORK, a fresh directory (tend-NAME.XXXXXX) removed when the script exits; HOME,
# XDG_DATA_HOME, XDG_CONFIG_HOME and TEND_DB under $WORK/home (of which only the home exists);
# TMPDIR=$WORK/tmp; TEND_NOW=2026-11-20T08:30, TZ=Europe/Berlin, LC_ALL=C.UTF-8, TERM=dumb;
# $TEND_BIN (the binary, absolute) and `tend`, a function running it, all exported; and
# db_digest, to tell whether a command changed the database.
#
# What the tests are asked to do stays with them: TEND_UPDATE_GOLDEN (see golden.sh) is kept as
# $WORLD_UPDATE_GOLDEN, and TEND_KEEP_WORK=1 keeps $WORK for a look after a failure.

# Variables of the user's session that tend, the C library or the shells under test read:
# tend's own, the XDG directories, colour, locale, zone data, the editor, the terminal's size.
WORLD_CLEARED='^(TEND_.*|XDG_.*|NO_COLOR|LC_.*|LANG|LANGUAGE|TZDIR|VISUAL|EDITOR|COLUMNS|LINES)$'

# What the world sets, in the order world_exports prints it.
WORLD_VARS=(HOME XDG_DATA_HOME XDG_CONFIG_HOME TEND_DB TEND_NOW TZ LC_ALL TERM TMPDIR)

WORLD_ON_EXIT=()

# world_enter NAME TEND_BINARY: clears the user's variables and enters a fresh world.
world_enter() {
    local name=$1 bin v
    bin=$(realpath "$2")
    WORLD_UPDATE_GOLDEN=${TEND_UPDATE_GOLDEN:-}
    WORLD_KEEP_WORK=${TEND_KEEP_WORK:-}
    WORLD_OUTER_TMPDIR=${TMPDIR:-/tmp}
    for v in $(env | cut -d= -f1 | grep -E "$WORLD_CLEARED" || true); do unset "$v"; done

    WORK=$(mktemp -d "$WORLD_OUTER_TMPDIR/tend-$name.XXXXXX")
    trap world_leave EXIT
    [[ -z $WORLD_KEEP_WORK ]] || echo "work: $WORK"
    mkdir -p "$WORK/home" "$WORK/tmp"
    TEND_BIN=$bin
    export WORK TEND_BIN
    export HOME=$WORK/home
    export XDG_DATA_HOME=$WORK/home/.local/share
    export XDG_CONFIG_HOME=$WORK/home/.config
    export TEND_DB=$WORK/home/.local/share/tend/tend.db
    export TEND_NOW=2026-11-20T08:30
    export TZ=Europe/Berlin
    export LC_ALL=C.UTF-8
    export TERM=dumb
    export TMPDIR=$WORK/tmp

    tend() { "$TEND_BIN" "$@"; }
    export -f tend
    world_sqlite3 "$(dirname "$bin")/tend_search_tokenizer.so"
}

# world_sqlite3 EXTENSION: when the build made EXTENSION (tend's search tokenizer, beside the
# binary), every sqlite3 the test runs loads it: FTS5 needs it to index a record that sqlite3
# writes, as tend does.
world_sqlite3() {
    local ext=$1 real
    real=$(command -v sqlite3) || return 0
    [[ -e $ext ]] || return 0
    mkdir -p "$WORK/sqlite-bin"
    printf '#!/bin/bash\nexec %q -cmd %q "$@"\n' "$real" ".load '$ext'" >"$WORK/sqlite-bin/sqlite3"
    chmod +x "$WORK/sqlite-bin/sqlite3"
    export PATH="$WORK/sqlite-bin:$PATH"
}

# world_on_exit COMMAND...: runs COMMAND when the script exits, before $WORK is removed.
world_on_exit() { WORLD_ON_EXIT+=("$*"); }

world_leave() {
    local cmd
    for cmd in "${WORLD_ON_EXIT[@]}"; do eval "$cmd" || true; done
    [[ -n $WORLD_KEEP_WORK ]] || rm -rf "$WORK"
}

# db_digest [FILE]: the SHA-256 of FILE (the world's database unless told), or "absent".
db_digest() {
    local file=${1:-$TEND_DB}
    if [[ -e $file ]]; then sha256sum "$file" | cut -d' ' -f1; else echo absent; fi
}

# world_exports: the world as `export NAME='value'` lines, for a shell that does not inherit
# this one's environment (a terminal's, say).
world_exports() {
    local v
    for v in "${WORLD_VARS[@]}"; do printf 'export %s=%s\n' "$v" "${!v@Q}"; done
}
