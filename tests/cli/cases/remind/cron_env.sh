# Under cron's bare environment (no TERM, a minimal PATH, HOME set, no XDG_*, no TZ): the
# database and config are found under HOME, nothing is coloured, and the exit code is 0.
cron_tend() {
    env -i HOME="$HOME" PATH=/usr/bin:/bin SHELL=/bin/sh LOGNAME=ana TEND_NOW="$NOW" \
        "$TEND_BIN" "$@"
}
NOW=2026-11-20T07:30
cron_tend mood 5
cron_tend hw add "Stretch" --daily
mkdir -p "$HOME/.config/tend"
printf '[remind]\nmood_after = "19:30"\n' > "$HOME/.config/tend/config.toml"

run 'cron_tend remind'
run 'NOW=2026-11-21T19:29 cron_tend remind'
run 'NOW=2026-11-21T19:30 cron_tend remind'
run 'NOW=2026-11-21T19:30 cron_tend remind | od -c | grep -q 033 && echo "escape sequences" || echo "no escape sequences"'
# TEND_DB, as a crontab line would set it, points at the same file.
run 'env -i HOME="$HOME" PATH=/usr/bin:/bin SHELL=/bin/sh LOGNAME=ana TEND_DB="$TEND_DB" TEND_NOW=2026-11-21T19:30 "$TEND_BIN" remind --format json | grep -c "\"kind\""'
# Silent when nothing is due, and with no database at all.
NOW=2026-11-21T08:00 cron_tend hw done 1
run 'NOW=2026-11-21T08:00 cron_tend remind'
mkdir "$WORK/nobody"
run 'env -i HOME="$WORK/nobody" PATH=/usr/bin:/bin SHELL=/bin/sh LOGNAME=ana TEND_NOW=2026-11-21T21:00 "$TEND_BIN" remind; echo "exit $?"; ls -A "$WORK/nobody" | wc -l'
