#!/usr/bin/env bash
# `cmake --install` into a temporary root (DESTDIR, prefix /usr) puts every file in its place and
# nothing else: the binary, both man pages, the three completion scripts where each shell looks
# for them, README, LICENSE and the examples under share/doc/tend, each a copy of its source with
# the right mode. The installed tend runs, and the installed bash completion works with it.
#
# usage: destdir.sh BUILD_DIR REPO
set -euo pipefail
BUILD=$(realpath "$1")
REPO=$(realpath "$2")
source "$REPO/tests/install/layout.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tend-install.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/root
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

DESTDIR=$ROOT cmake --install "$BUILD" --prefix /usr >"$WORK/log" || {
    cat "$WORK/log" >&2
    exit 1
}

expected_layout "$REPO" >"$WORK/expected"
cut -f1 "$WORK/expected" | sed 's|^|usr/|' | sort >"$WORK/want"
(cd "$ROOT" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$WORK/got"
if ! diff -u "$WORK/want" "$WORK/got" >&2; then
    fail "the installed files differ from the expected layout (- expected, + installed)"
fi

while IFS=$'\t' read -r file source; do
    installed=$ROOT/usr/$file
    [[ -f $installed ]] || continue  # reported above
    if [[ $source == - ]]; then
        [[ -x $installed ]] || fail "usr/$file is not executable"
        continue
    fi
    cmp -s "$source" "$installed" || fail "usr/$file differs from ${source#"$REPO"/}"
    mode=$(stat -c %a "$installed")
    want=644
    [[ -x $source ]] && want=755
    [[ $mode == "$want" ]] || fail "usr/$file has mode $mode, not $want"
done <"$WORK/expected"

# The installed program runs, and its installed completion offers its commands.
version=$("$ROOT/usr/bin/tend" --version) || fail "the installed tend does not run"
[[ $version == "tend "* ]] || fail "the installed tend --version says: $version"
mkdir -p "$WORK/bin"
ln -s "$ROOT/usr/bin/tend" "$WORK/bin/tend"
offered=$(PATH=$WORK/bin:$PATH TEND_DB=$WORK/none.db bash -c '
    source "$1"
    COMP_WORDS=(tend hw d); COMP_CWORD=2; _tend; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$ROOT/usr/share/bash-completion/completions/tend" | cut -d' ' -f1)
[[ $offered == $'done\ndrop' ]] || fail "the installed bash completion offers: $offered"

((status == 0)) && echo "installed $(wc -l <"$WORK/want") files, each in its place"
exit $status
