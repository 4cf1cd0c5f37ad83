# An answer above 0 on PHQ-9 item 9 shows the safety message at once: in text, in JSON (and on
# standard error), and under -q; with the config's contacts, or in general terms without them.
run 'printf "1 1 1 1 1 1 1 1 1\n" | tend check phq-9'
run 'printf "1 1 1 1 1 1 1 1 2\n" | tend check phq-9 -q'
run 'printf "0 0 0 0 0 0 0 0 3\n" | tend check phq-9 --format json | jq -c "{total, safety}"'
run 'printf "0 0 0 0 0 0 0 0 1\n" | tend check phq-9 --format markdown'
mkdir -p "$XDG_CONFIG_HOME/tend"
cat >"$XDG_CONFIG_HOME/tend/config.toml" <<'TOML'
[safety]
contacts = [
  { name = "Dr. Lee, my therapist (weekdays)", phone = "020 7946 0000" },
  { name = "My sister Ana" },
]
TOML
run 'tend check phq-9 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0 -a 8=0 -a 9=1 -q'
run 'tend check phq-9 -a 1=0 -a 2=0 -a 3=0 -a 4=0 -a 5=0 -a 6=0 -a 7=0 -a 8=0 -a 9=0'
run 'tend check history phq-9'
