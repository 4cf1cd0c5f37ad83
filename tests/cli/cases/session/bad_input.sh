# Bad dates, times, ids and config: exit 2, one line, nothing written.
tend session add "2026-11-17 17:00"
run 'tend session add someday'
run 'tend session add 2026-02-30'
run 'tend session add tomorrow'
run 'tend session add "in 2d"'
run 'tend session add 18:00'
run 'tend session add --note "$(printf "bad \\377 bytes")"'
run 'tend session next'
run 'tend session next yesterday'
run 'tend session next "2026-11-20 08:00"'
run 'tend --db "$WORK/none.db" session next thu'
run 'tend session next "thu 25:00"'
run 'tend session edit 1'
run 'tend session edit abc --note x'
run 'tend session edit 9 --note x'
run 'tend session edit 1 --at "not a day"'
run 'tend session rm 0'
run 'tend session rm 9'
run 'tend session cancel'
run 'tend session list extra'
run 'tend session add today extra'
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '# my therapy\n[session]\nschedule = "tuesdays at 5"\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend session list'
printf '[session]\nschedule = 17\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend session next thu'
printf '[session]\nschedule = "tue 17:00"\nevery = 2\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend session list'
