#!/usr/bin/env bash
# Every C++ source of the project is as clang-format (Debian 12's, version 14) writes it with the
# root .clang-format, so that diffs show only meaning. Exits 77 (skipped) without clang-format.
# To fix: clang-format -i FILE...
#
# usage: clang_format.sh REPO
set -euo pipefail
repo=$1
source "$(dirname "$0")/../lib/needs.sh"
needs clang-format
mapfile -d '' files < <(find "$repo/src" "$repo/tests" "$repo/bench" \
    \( -name '*.cpp' -o -name '*.hpp' \) -print0 | sort -z)
((${#files[@]} > 0)) || { echo "FAIL: no sources found under $repo" >&2; exit 1; }
if ! report=$(clang-format --style=file --dry-run --Werror "${files[@]}" 2>&1); then
    grep 'code should be clang-formatted' <<<"$report" | cut -d: -f1,2 | head -20 >&2
    echo "FAIL: the lines above differ from clang-format's; run clang-format -i on them" >&2
    exit 1
fi
echo "${#files[@]} sources: clang-format clean"
