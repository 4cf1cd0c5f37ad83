# Reminders for goal ratings (each session by default) and for the questionnaires the config
# names, by their rhythm.
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[remind]\nkinds = ["goal_rating", "measure"]\n' >"$XDG_CONFIG_HOME/tend/config.toml"
TEND_NOW=2026-11-10T18:00 tend session add "2026-11-10 17:00"
TEND_NOW=2026-11-10T18:05 tend goal add "Feel at ease with colleagues"
run 'tend remind'
TEND_NOW=2026-11-17T18:00 tend session add "2026-11-17 17:00"
run 'tend remind'
run 'tend remind --format json'
TEND_NOW=2026-11-18T20:00 tend goal rate 1 4
run 'tend remind'
printf '[remind]\nkinds = ["goal_rating", "measure"]\ngoal_rating = "1 week"\nmeasures = { "phq-9" = "2 weeks", "gad-7" = "session" }\n' >"$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
run 'TEND_NOW=2026-11-25T20:00 tend remind --format markdown'
tend check gad-7 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0
TEND_NOW=2026-11-06T09:00 tend check phq-9 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0 -a 8=0 -a 9=0
run 'tend remind'
run 'TEND_NOW=2026-11-19T09:00 tend remind'
printf '[remind]\ngoal_rating = "weekly"\n' >"$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
printf '[remind]\nmeasures = { "phq-9" = "fortnightly" }\n' >"$XDG_CONFIG_HOME/tend/config.toml"
run 'tend remind'
