# Comparing a transcript with its golden file (sourced, never run). TEND_UPDATE_GOLDEN=1
# rewrites the golden file instead (review the diff); world.sh keeps that setting for it.
#
#   compare_golden TRANSCRIPT GOLDEN
#
# Passes (status 0) when the two are the same, or after rewriting the golden file; else prints
# the difference (- golden, + this run) and fails the script.
compare_golden() {
    local transcript=$1 golden=$2
    if [[ ${WORLD_UPDATE_GOLDEN-${TEND_UPDATE_GOLDEN:-}} == 1 ]]; then
        mkdir -p "$(dirname "$golden")"
        cp "$transcript" "$golden"
        echo "updated $golden"
        return 0
    fi
    if [[ ! -f $golden ]]; then
        echo "FAIL: no golden file $golden (run with TEND_UPDATE_GOLDEN=1 and review it)" >&2
        cat "$transcript" >&2
        exit 1
    fi
    if ! diff -u "$golden" "$transcript" >&2; then
        echo "FAIL: output differs from $golden" >&2
        exit 1
    fi
}
