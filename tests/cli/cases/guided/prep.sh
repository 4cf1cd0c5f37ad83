# Prep for the next session: allowed with no next session known, tied to the scheduled one,
# or for the next one from the regular schedule; refused while the latest regular session is
# unconfirmed (it would not know which session it is for), until that one is settled.
run 'tend prep --answer discuss="Sleep, and the argument on Sunday."'
tend session next "2026-11-24 17:00"
run 'printf "Walked three times.\nSunday.\nWhy Sundays are hard.\n" | tend prep'
run 'tend prep --answer went-well="Cooked twice" --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
tend session cancel
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[session]\nschedule = "thu 09:00"\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'tend prep --answer challenging="Mornings"'
run 'tend session cancel thu'
run 'tend prep --answer challenging="Mornings"'
run 'tend entry list --kind prep'
run 'tend entry list --kind prep --format json | grep -E "\"(id|session_id|session_at|late)\""'
