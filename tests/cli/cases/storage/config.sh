# The config file: format and colour defaults; unknown keys warn; invalid values are errors
# naming file, line and key.
tend mood 7 "slept well"
mkdir -p "$XDG_CONFIG_HOME/tend"
printf 'format = "json"\ncolour = "never"\n[remind]\nmood_after = "19:30"\nsnooze = 3\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend mood list | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend mood list --format text'
printf 'format = "xml"\n' > "$WORK/bad1.toml"
printf '\n\n[remind]\nprep_lead_hours = -4\n' > "$WORK/bad2.toml"
printf 'format = \n' > "$WORK/bad3.toml"
printf 'color = 3\n' > "$WORK/bad4.toml"
run 'tend --config "$WORK/bad1.toml" mood 5'
run 'tend --config "$WORK/bad2.toml" mood 5'
run 'tend --config "$WORK/bad3.toml" mood list'
run 'TEND_CONFIG="$WORK/bad4.toml" tend mood list'
run 'tend --config "$WORK/missing.toml" mood list'
