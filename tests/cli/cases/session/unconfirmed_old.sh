# An unconfirmed session more than six days back is named by its date, and a held session
# recorded for it takes its expected time; a session recorded on a later day settles it too.
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[session]\nschedule = "tue 17:00"\n' > "$XDG_CONFIG_HOME/tend/config.toml"
TEND_NOW=2026-11-03T18:00 tend session add
TEND_NOW=2026-11-05T09:00 tend session next "2026-11-09 10:00"
export TEND_NOW=2026-11-17T18:00
run 'tend remind'
run 'tend session add 2026-11-09'
run 'tend session list'
run 'tend remind'
run 'tend session add'
run 'tend remind'
