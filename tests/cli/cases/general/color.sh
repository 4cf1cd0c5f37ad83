# Colour only when asked or on a terminal; NO_COLOR and --color never turn it off.
tend mood 7 "slept well"
run 'tend mood list --color always | od -c | head -2'
run 'NO_COLOR=1 tend mood list --color auto'
run 'tend mood list --color never'
run 'tend mood 6 --color always'
# The config's colour yields to NO_COLOR; --color on the command line does not.
printf 'color = "always"\n' > "$WORK/always.toml"
run 'tend --config "$WORK/always.toml" mood list | od -c | grep -c 033 || true'
run 'NO_COLOR=1 tend --config "$WORK/always.toml" mood list'
run 'NO_COLOR=1 tend --config "$WORK/always.toml" mood list --color always | od -c | grep -c 033 || true'
# remind never colours off a terminal, whatever --color or the config say.
tend hw add "Breathe" --daily
run 'tend remind --color always'
run 'tend --config "$WORK/always.toml" remind'
