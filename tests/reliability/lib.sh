# Shared by the reliability scripts (sourced, never run): the private world of tests/lib/world.sh
# for the real binary (temporary HOME, fixed clock and zone, no user files or variables), and
# small assertions.
#
# A script sources this file with the tend binary as its first argument:
#   source "$(dirname "$0")/lib.sh" "$1"
# and then has: $TEND_BIN, $WORK (removed on exit), tend (a function), fail, note,
# db_digest FILE, expect_one_error_line FILE, in_private_mounts (see below).
set -euo pipefail

RELIABILITY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$RELIABILITY_DIR/../lib/world.sh"
world_enter reliability "$1"  # TEND_KEEP_WORK=1 keeps the directory for a look after a failure
# File systems mounted by the test go first (they would vanish with the namespace anyway).
unmount_private() {
    awk -v w="$WORK" 'index($2, w) == 1 {print $2}' /proc/self/mounts | sort -r |
        while read -r m; do umount -l "$m"; done
}
[[ -z ${RELIABILITY_PRIVATE_MOUNTS:-} ]] || world_on_exit unmount_private

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

note() { echo "$*"; }

command -v sqlite3 >/dev/null || fail "sqlite3 is needed (bash .ci/build test installs it)"

# Passes when FILE holds exactly one line and it starts with "tend: ". $2 names the case.
expect_one_error_line() {
    local file=$1 what=$2 lines
    lines=$(wc -l <"$file")
    if [[ $lines -ne 1 ]] || [[ $(tail -c1 "$file" | od -An -c | tr -d ' ') != '\n' ]]; then
        echo "--- stderr of $what:" >&2
        cat -v "$file" >&2
        fail "$what: expected exactly one line on stderr, got $lines"
    fi
    head -c6 "$file" | grep -q '^tend: ' || {
        cat -v "$file" >&2
        fail "$what: the error line does not start with \"tend: \""
    }
}

# The middle of three run times of a command, in milliseconds: the tests that kill tend at a
# random moment scale their delays to it, so that they work on a slow machine or under the
# sanitizers as well.
duration_ms() {
    local times=() i start
    for i in 1 2 3; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        times+=($((($(date +%s%N) - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

# Sleeps N microseconds (pause_us) or milliseconds (pause_ms) without forking a process: a
# read that times out on a FIFO that nobody writes to.
mkfifo "$WORK/.never"
exec {PAUSE_FD}<>"$WORK/.never"
pause_us() {
    read -r -t "$(printf '%d.%06d' $(($1 / 1000000)) $(($1 % 1000000)))" -u "$PAUSE_FD" _ || true
}
pause_ms() { pause_us $(($1 * 1000)); }

# Runs the calling script again inside a private mount namespace, so that the file systems it
# mounts (a tiny tmpfs for a full disk, read-only mounts) vanish with it, even if it is killed.
# Exits 77 (the test is skipped) when mounting is not possible here (not root, no namespaces).
in_private_mounts() {
    [[ -n ${RELIABILITY_PRIVATE_MOUNTS:-} ]] && return 0
    if ! unshare -m --propagation private true 2>/dev/null; then
        echo "SKIP: cannot create a private mount namespace (needs root and unshare)"
        exit 77
    fi
    rm -rf "$WORK"
    trap - EXIT
    TMPDIR=$WORLD_OUTER_TMPDIR TEND_KEEP_WORK=$WORLD_KEEP_WORK RELIABILITY_PRIVATE_MOUNTS=1 \
        exec unshare -m --propagation private bash "$0" "$@"
}
