# A regular schedule in config: the next session is known without typing it, shown in the
# listing as from the schedule; cancelling skips one; a session recorded that day takes its time.
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[session]\nschedule = "tue 17:00"\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend session list'
run 'tend session list --format markdown'
run 'tend session list --format json'
run 'tend session next thu'
run 'tend session list'
run 'tend session cancel'
run 'tend session list'
run 'tend session cancel'
run 'tend session list'
run 'TEND_NOW=2026-12-01T18:30 tend session add'
run 'TEND_NOW=2026-12-01T18:30 tend session list'
run 'TEND_NOW=2026-12-07T09:00 tend session add yesterday --note "an extra one"'
run 'TEND_NOW=2026-12-07T09:00 tend session list --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
