#!/usr/bin/env bash
# tend-config(5) documents every key the config reader knows (each `key == "..."` branch in
# src/core/config.cpp, so a key added later is caught here), and examples/config.toml, which
# sets every documented key, loads without a warning or an error.
#
# usage: config_keys.sh TEND_BINARY REPO
set -euo pipefail
REPO=$(realpath "$2")
PAGE=$REPO/man/tend-config.5
EXAMPLE=$REPO/examples/config.toml
source "$REPO/tests/lib/world.sh"
world_enter config "$1"
status=0

keys=$(grep -o 'key == "[a-z_]*"' "$REPO/src/core/config.cpp" | sed 's/.*"\(.*\)"/\1/' | sort -u)
[[ -n $keys ]] || { echo "FAIL: no keys found in src/core/config.cpp" >&2; exit 1; }
for key in $keys; do
    # A key is documented on a line of markup of its own: .B mood_after, .SS "[remind]".
    if ! grep -Eq "^\.(B|BR|BI|SS) (.*[^A-Za-z0-9_])?$key([^A-Za-z0-9_]|\$)" "$PAGE"; then
        echo "FAIL: $key is not documented in man/tend-config.5" >&2
        status=1
    fi
    if ! grep -Eq "^ *\[?$key\]? *(=|\$)" "$EXAMPLE"; then
        echo "FAIL: $key is not set in examples/config.toml" >&2
        status=1
    fi
done

# The example loads cleanly: no warning, exit 0.
if ! "$TEND_BIN" --config "$EXAMPLE" mood list >"$WORK/out" 2>"$WORK/err" || [[ -s $WORK/err ]]; then
    echo "FAIL: examples/config.toml does not load cleanly:" >&2
    cat "$WORK/err" >&2
    status=1
fi
((status == 0)) && echo "config keys documented:" $keys
exit $status
