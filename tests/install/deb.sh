#!/usr/bin/env bash
# The Debian package: cpack builds it; its control fields are right (Depends computed from the
# libraries the binary links); it holds exactly the expected files; `apt-get install ./tend_*.deb`
# installs it, after which man, the binary and each shell's completion work from their standard
# places; and `apt-get remove` takes every one of its files away again. The package is removed
# on any exit, pass or fail, so /usr/bin/tend does not outlive the test.
#
# This installs into the real system: it runs only as root with dpkg and apt-get present (CI
# on Debian is both), and exits 77 (skipped) otherwise, or when a tend package is already
# installed (it is not this test's to replace).
#
# usage: deb.sh BUILD_DIR REPO
set -euo pipefail
BUILD=$(realpath "$1")
REPO=$(realpath "$2")
source "$REPO/tests/install/layout.sh"

skip() { echo "SKIP: $*"; exit 77; }
((EUID == 0)) || skip "not root: installing a package needs root"
for tool in dpkg dpkg-deb apt-get cpack dpkg-shlibdeps; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not available (apt-get install dpkg-dev file)"
done
if dpkg-query -W -f='${Status}' tend 2>/dev/null | grep -q "install ok"; then
    skip "a tend package is already installed; remove it first (apt-get remove tend)"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tend-deb.XXXXXX")
installed=0
cleanup() {
    if ((installed)) && dpkg-query -W -f='${Status}' tend 2>/dev/null | grep -q "install ok"; then
        apt-get remove -y -qq tend >/dev/null 2>&1 || dpkg --remove tend >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 143" TERM INT HUP  # so that a killed test still removes the package
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
export DEBIAN_FRONTEND=noninteractive

(cd "$BUILD" && cpack -G DEB -B "$WORK/pkg") >"$WORK/cpack.log" 2>&1 || {
    cat "$WORK/cpack.log" >&2
    exit 1
}
debs=("$WORK"/pkg/tend_*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || { echo "FAIL: cpack made no tend_*.deb" >&2; exit 1; }
deb=${debs[0]}
echo "built ${deb##*/}"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == tend ]] || fail "Package: $(field Package)"
[[ $(field Section) == utils ]] || fail "Section: $(field Section)"
[[ $(field Maintainer) == *"<"*"@"*">" ]] || fail "Maintainer: $(field Maintainer)"
[[ -n $(field Description) ]] || fail "no Description"
# The package names in Depends, without their versions.
depends=$(field Depends)
depends_names=" $(tr ',' '\n' <<<"$depends" | sed -E 's/^ +//; s/[ (].*//' | tr '\n' ' ')"
# Every shared library the packaged binary loads is named by its Debian package.
dpkg-deb -x "$deb" "$WORK/unpacked"
needed=$(objdump -p "$WORK/unpacked/usr/bin/tend" | awk '$1 == "NEEDED" { print $2 }')
[[ -n $needed ]] || fail "no NEEDED entries read from the packaged tend"
ldconfig -p >"$WORK/ldcache"
for soname in $needed; do
    [[ $soname == ld-linux* ]] && continue
    path=$(awk -v s="$soname" '$1 == s && /x86-64|x86_64/ { print $NF }' "$WORK/ldcache" | head -n 1)
    [[ -n $path ]] || path=$(awk -v s="$soname" '$1 == s { print $NF }' "$WORK/ldcache" | head -n 1)
    # dpkg knows a file by the path its package installed it at (/lib or /usr/lib).
    pkg=$( { dpkg -S "$(realpath "$path")" || dpkg -S "$path" || true; } 2>/dev/null |
        head -n 1 | cut -d: -f1)
    [[ -n $pkg ]] || { fail "no package owns $soname (${path:-not in the ld cache})"; continue; }
    [[ $depends_names == *" $pkg "* ]] || fail "Depends lacks $pkg (for $soname): $depends"
done
# libedit is opened when a prompt is shown (dlopen), so no NEEDED entry names it.
[[ $depends_names == *" libedit2 "* ]] || fail "Depends lacks libedit2 (opened for prompts): $depends"
# ICU is opened when an old Daylio export's month names are read (dlopen).
[[ $depends_names =~ " libicu"[0-9]+" " ]] || fail "Depends lacks libicu (opened for month names): $depends"
# Built with the C++ runtime linked in (the default), tend loads no C++ shared library.
if grep -q '^TEND_STATIC_CXX_RUNTIME:BOOL=ON' "$BUILD/CMakeCache.txt" &&
    ! grep -qE '^TEND_(SANITIZE|FUZZ):BOOL=ON' "$BUILD/CMakeCache.txt"; then
    for soname in $needed; do
        case $soname in
            libstdc++* | libgcc_s* | libfmt* | libtomlplusplus*)
                fail "tend loads $soname, though TEND_STATIC_CXX_RUNTIME is on" ;;
        esac
    done
fi
# Likewise SQLite, when the build linked libsqlite3-dev's archive (TEND_STATIC_SQLITE, on by
# default, and the archive found): no libsqlite3 to bind.
if grep -q '^TEND_LINKED_STATIC_SQLITE:INTERNAL=ON' "$BUILD/CMakeCache.txt"; then
    for soname in $needed; do
        [[ $soname != libsqlite3* ]] || fail "tend loads $soname, though it was linked with libsqlite3.a"
    done
fi

expected_layout "$REPO" | cut -f1 | sed 's|^|/usr/|' | sort >"$WORK/want"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./|/|' | sort >"$WORK/got"
diff -u "$WORK/want" "$WORK/got" >&2 || fail "the package's files differ (- expected, + in the package)"

# dpkg leaves out what its path-exclude options name (slim images drop man pages and docs); such
# files are not expected on the disk.
excluded() {
    local file=$1 kind pattern verdict=1
    while read -r kind pattern; do
        # shellcheck disable=SC2053  # the pattern is a glob
        [[ $file == $pattern ]] || continue
        [[ $kind == path-exclude ]] && verdict=0
        [[ $kind == path-include ]] && verdict=1
    done < <(cat /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/* 2>/dev/null | grep -E '^path-(ex|in)clude[ =]' | tr '=' ' ')
    return $verdict
}

# Install it as a person would.
installed=1
(cd "$WORK/pkg" && apt-get install -y -qq -o DPkg::Lock::Timeout=120 "./${deb##*/}") \
    >"$WORK/apt.log" 2>&1 || {
    cat "$WORK/apt.log" >&2
    exit 1
}
while IFS= read -r file; do
    [[ -f $file ]] || excluded "$file" || fail "$file is not installed"
done <"$WORK/want"
[[ $(/usr/bin/tend --version) == "tend $(dpkg-deb -f "$deb" Version)" ]] ||
    fail "/usr/bin/tend --version says $(/usr/bin/tend --version)"
if command -v man >/dev/null 2>&1 && ! excluded /usr/share/man/man1/tend.1; then
    [[ $(man -w tend 2>/dev/null) == /usr/share/man/man1/tend.1* ]] || fail "man -w tend: $(man -w tend 2>&1)"
    [[ $(man -w 5 tend-config 2>/dev/null) == /usr/share/man/man5/tend-config.5* ]] ||
        fail "man -w 5 tend-config: $(man -w 5 tend-config 2>&1)"
fi

# Each shell finds the completion in its standard place without being told where.
home=$WORK/home
mkdir -p "$home"
export HOME=$home TEND_DB=$home/none.db XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
if [[ -f /usr/share/bash-completion/bash_completion ]]; then
    got=$(bash -c 'source /usr/share/bash-completion/bash_completion
        __load_completion tend || exit 1
        COMP_WORDS=(tend hw d); COMP_CWORD=2; _tend; printf "%s\n" "${COMPREPLY[@]}"' |
        cut -d' ' -f1 || true)
    [[ $got == $'done\ndrop' ]] || fail "bash-completion loads no tend completion: $got"
fi
if command -v zsh >/dev/null 2>&1; then
    got=$(zsh -fc 'for d in $fpath; do [[ -f $d/_tend ]] && print -r -- $d/_tend; done; true')
    [[ $got == */_tend ]] || fail "zsh's default fpath has no _tend"
fi
if command -v fish >/dev/null 2>&1; then
    got=$(fish -c 'complete -C "tend hw d"' | cut -f1)  # a plain fish: HOME is empty
    [[ $got == $'done\ndrop' ]] || fail "fish does not load the tend completion: $got"
fi

# Remove it: every file goes, and the directories that were only its own.
apt-get remove -y -qq -o DPkg::Lock::Timeout=120 tend >"$WORK/apt.log" 2>&1 || {
    cat "$WORK/apt.log" >&2
    exit 1
}
installed=0
if dpkg-query -W -f='${Status}' tend 2>/dev/null | grep -q "install ok"; then
    fail "tend is still installed after apt-get remove"
fi
while IFS= read -r file; do
    [[ ! -e $file ]] || fail "$file is left after apt-get remove"
done <"$WORK/want"
for dir in /usr/share/doc/tend; do
    [[ ! -e $dir ]] || fail "$dir is left after apt-get remove"
done

((status == 0)) && echo "installed, checked and removed $(wc -l <"$WORK/want") files"
exit $status
