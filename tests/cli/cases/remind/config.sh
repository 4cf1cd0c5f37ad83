# [remind] settings: mood_after, prep_lead_hours and kinds; a bad value is exit 2 and a damaged
# database exit 1, each with one line, even from remind.
mkdir -p "$XDG_CONFIG_HOME/tend"
export TEND_NOW=2026-11-20T08:00
tend session add "2026-11-19 17:00"
tend session next "2026-11-21 10:00"
tend hw add "Stretch" --daily

export TEND_NOW=2026-11-20T18:00
run 'tend remind'
# 16 hours before the session, not a minute earlier.
printf '[remind]\nmood_after = "07:00"\nprep_lead_hours = 16\n' > "$XDG_CONFIG_HOME/tend/config.toml"
export TEND_NOW=2026-11-20T17:59
run 'tend remind'
export TEND_NOW=2026-11-20T18:00
run 'tend remind'
printf '[remind]\nmood_after = "07:00"\nprep_lead_hours = 0\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
printf '[remind]\nkinds = ["prep", "mood"]\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
printf '[remind]\nkinds = []\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'

printf '[remind]\nkinds = ["mood", "homework"]\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
printf '[remind]\nmood_after = "8pm"\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
printf '[remind]\nsnooze = 10\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
rm "$XDG_CONFIG_HOME/tend/config.toml"

printf 'not a database at all\n' > "$WORK/broken.db"
run 'tend --db "$WORK/broken.db" remind'
run 'TEND_DB="$WORK/broken.db" tend remind'
