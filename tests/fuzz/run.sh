#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz (ASan and UBSan on) and runs each for a
# bounded time, starting from its seed corpus (copied, so the seeds in the repository stay as
# they are) and its dictionary. A crash stops the run: its input is saved as
# build-fuzz/findings/NAME/crash-*; once understood and fixed, copy it into corpus/NAME/ so it
# stays a regression test ("fuzz: NAME corpus" replays every corpus file in the normal suite).
#
# usage: tests/fuzz/run.sh [SECONDS_PER_TARGET (default 20)] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
    # The names listed in tests/fuzz/CMakeLists.txt.
    read -r -a targets <<<"$(sed -n 's/^set(TEND_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt)"
fi

werror=OFF
[[ -n ${CI:-} ]] && werror=ON
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTEND_FUZZ=ON -DTEND_BUILD_TESTS=OFF -DTEND_WERROR=$werror >/dev/null
cmake --build build-fuzz -j2 --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for name in "${targets[@]}"; do
    work=build-fuzz/corpus/$name findings=build-fuzz/findings/$name
    mkdir -p "$work" "$findings"
    cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    dict=()
    [[ -f tests/fuzz/$name.dict ]] && dict=(-dict="tests/fuzz/$name.dict")
    echo "== fuzz_$name for ${seconds} s"
    if ! build-fuzz/tests/fuzz/fuzz_"$name" "${dict[@]}" -max_total_time="$seconds" \
        -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$work" 2>build-fuzz/fuzz_"$name".log; then
        tail -40 build-fuzz/fuzz_"$name".log >&2
        echo "fuzz_$name FAILED: the input is in $findings/" >&2
        status=1
        continue
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' build-fuzz/fuzz_"$name".log | tr '\n' ' '
    echo
done
exit $status
