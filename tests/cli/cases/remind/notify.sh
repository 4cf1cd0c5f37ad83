# --notify shows the same lines through notify-send, run without a shell: a fake notify-send on
# PATH records its arguments one per line. Missing, it is a warning (exit 0); failing, an error.
cat > "$WORK/bin/notify-send" <<'SCRIPT'
#!/bin/sh
for arg in "$@"; do printf '<%s>\n' "$arg"; done > "$WORK/notify.log"
exit "${NOTIFY_EXIT:-0}"
SCRIPT
chmod +x "$WORK/bin/notify-send"
mkdir -p "$WORK/empty"
export TEND_NOW=2026-11-20T20:30
tend hw add 'Breathe $(touch "$WORK/pwned"); `touch "$WORK/pwned"`' --daily
tend hw add --daily -- "--urgency=critical"

run 'PATH="$WORK/bin:$PATH" tend remind --notify'
run 'cat "$WORK/notify.log"'
run 'test -e "$WORK/pwned" && echo "a command ran" || echo "no command ran"'
# JSON on stdout; the notification still gets the text lines.
run 'PATH="$WORK/bin:$PATH" tend remind --notify --format json | grep -c "\"kind\""'
run 'wc -l < "$WORK/notify.log"'

# No notify-send on PATH: the reminders are printed, one warning, exit 0.
run 'PATH="$WORK/empty" tend remind --notify'
# notify-send runs and fails: the reminders are printed, one error, exit 1.
run 'NOTIFY_EXIT=3 PATH="$WORK/bin:$PATH" tend remind --notify'

# Nothing due: notify-send is not run at all, and nothing is said.
tend mood 6
tend hw done 1
tend hw done 2
rm "$WORK/notify.log"
run 'PATH="$WORK/bin:$PATH" tend remind --notify'
run 'test -e "$WORK/notify.log" && echo "notify-send ran" || echo "notify-send was not run"'
run 'PATH="$WORK/empty" tend remind --notify'

# Notification servers read the body as markup: a title's <, > and & arrive as entities; and
# notify-send reads C escapes, so its backslashes arrive doubled.
tend hw add 'Read <b>ch. 2</b> & 3 from C:\notes' --daily
run 'PATH="$WORK/bin:$PATH" tend remind --notify'
run 'cat "$WORK/notify.log"'
