# The help points to the settings and the ready-made crontab and timer; stray arguments are
# usage errors; colour only when asked for or on a terminal.
run 'tend remind --help'
run 'tend remind now'
run 'tend remind --bogus'
run 'tend remind --format xml'
run 'tend remind --color sometimes'
export TEND_NOW=2026-11-20T20:30
tend hw add "Stretch" --daily
run 'tend remind'
# Off a terminal remind never colours, even when --color always asks.
run 'tend remind --color always | cat -v'
run 'NO_COLOR=1 tend remind --color auto | cat -v'
