# Bad input: exit 2, one line naming the value and what is accepted, nothing written.
tend check phq-9 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0 -a 8=0 -a 9=0 --at 2026-11-01
run 'tend check'
run 'tend check nope'
run 'tend check phq-9 -a 1=4'
run 'tend check phq-9 -a 10=1'
run 'tend check phq-9 -a 1'
run 'tend check phq-9 -a 1=0 -a 1=1'
run 'tend check phq-9 -a 1=0 -a 2=0'
run 'printf "0 1 2\n" | tend check phq-9'
run 'printf "0 1 2 3 0 1 2 3 0 1 2\n" | tend check phq-9'
run 'printf "0 0 0 0 0 0 0 0 x\n" | tend check phq-9'
run 'printf "" | tend check gad-7'
run 'tend check gad-7 -a 1=0 --at someday'
run 'tend check history nope'
run 'tend check history --since nope'
run 'tend check list extra'
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[safety]\ncontacts = [{ phone = "112" }]\n' >"$XDG_CONFIG_HOME/tend/config.toml"
run 'tend check gad-7 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0'
printf '[safety]\ncontacts = "my therapist"\n' >"$XDG_CONFIG_HOME/tend/config.toml"
run 'tend check gad-7 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0'
printf '[safety]\ncontacts = [{ name = "" }]\n' >"$XDG_CONFIG_HOME/tend/config.toml"
run 'tend check gad-7 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0'
rm "$XDG_CONFIG_HOME/tend/config.toml"
mkdir -p "$XDG_CONFIG_HOME/tend/measures"
cat >"$XDG_CONFIG_HOME/tend/measures/mine.toml" <<'TOML'
name = "mine"
title = "Mine"
better = "lower"
[[choice]]
value = 0
label = "No"
[[choice]]
value = 1
label = "Yes"
[[item]]
key = "a"
text = "First?"
[[item]]
key = "b"
text = "Second?"
[[band]]
min = 0
max = 1
label = "low"
[[band]]
min = 1
max = 2
label = "high"
TOML
run 'tend check mine -a a=1 -a b=1'
run 'tend check list'
