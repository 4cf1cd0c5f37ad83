# Sourced by the tests that need a tool which is not part of every machine (a shell, tmux,
# mandoc, clang-format): without it the test is skipped, not failed.
#
#   needs TOOL [PACKAGE]
#
# Returns when TOOL is on PATH; else says so, with the Debian package to install (TOOL's own
# name unless told), and exits 77, which CTest counts as skipped.
needs() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "SKIP: $1 is not installed (apt-get install ${2:-$1})"
    exit 77
}
