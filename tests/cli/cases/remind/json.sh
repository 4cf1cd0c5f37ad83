# JSON: an array of objects with a stable kind, the message, the command to run and the related
# id; every kind at once. Markdown: a list with the commands as code and user text escaped.
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[remind]\nmood_after = "08:00"\n' > "$XDG_CONFIG_HOME/tend/config.toml"
export TEND_NOW=2026-11-16T09:00
tend hw add "Write *the* <letter> | [draft]" --due tue
export TEND_NOW=2026-11-17T17:55
tend session add 17:00
tend session next 2026-11-18T10:00
tend hw add "Breathe" --daily --anchor "after coffee"
tend hw add "Walk" --times 3 --per week
export TEND_NOW=2026-11-17T20:15
tend hw done 2
export TEND_NOW=2026-11-18T09:30
run 'tend remind --format json'
run 'tend remind --format markdown'
run 'tend remind'
