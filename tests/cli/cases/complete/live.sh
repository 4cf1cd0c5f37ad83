# Live values come from the database: open homework with its title (never done or dropped
# items), recent records of each kind, tags in use, templates with the user's own; reading
# changes nothing in the file and leaves no -wal or -shm file beside it.
tend hw add "Walk around the block" --daily -q
tend hw add "Call the dentist" -q
tend hw add "Post the letter" -q
tend hw done 3 -q
tend hw add "Old habit" --daily -q
tend hw drop 4 -q
TEND_NOW=2026-11-17T17:00 tend session add --note "first one" -q
tend session next "tue 17:00" -q
tend mood 7 "slept well" -t sleep,walk -q
tend mood 5 $'tab\there' -t work -q
tend mood 6 -t "after work",work -q
tend win "asked for help" -q
tend reflect -a takeaway="Rest is not laziness." -q
tend worksheet thought-record -a situation="A call" -q
mkdir -p "$XDG_CONFIG_HOME/tend/templates"
printf 'name = "check-in"\ntitle = "Evening check-in"\n\n[[prompt]]\nkey = "energy"\nquestion = "Energy?"\n' >"$XDG_CONFIG_HOME/tend/templates/check-in.toml"
printf 'this is not TOML [' >"$XDG_CONFIG_HOME/tend/templates/broken.toml"
sha256sum "$TEND_DB" >"$WORK/before"
run 'tend __complete -- hw done ""'
run 'tend __complete -- homework step done ""'
run 'tend __complete -- hw show 1'
run 'tend __complete -- mood edit ""'
run 'tend __complete -- session rm ""'
run 'tend __complete -- hw add --session ""'
run 'tend __complete -- entry show ""'
run 'tend __complete -- win rm ""'
run 'tend __complete -- mood -t ""'
run 'tend __complete -- mood --tag=w'
run 'tend __complete -- mood -t sleep,'
run 'tend __complete -- mood -t walk,sleep,'
run 'tend __complete -- mood -t SLEEP,walk,'
run 'tend __complete -- worksheet ""'
run 'tend __complete -- prep --template c'
run 'sha256sum -c --quiet "$WORK/before" && echo unchanged'
run 'ls "$(dirname "$TEND_DB")"'
