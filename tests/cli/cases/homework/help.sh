# The help of the homework commands, under both spellings; it touches no disk.
run 'tend hw --help'
run 'tend homework add --help'
run 'tend hw done --help'
run 'tend hw step --help'
run 'test -e "$HOME/.local" && echo touched || echo "nothing created"'
