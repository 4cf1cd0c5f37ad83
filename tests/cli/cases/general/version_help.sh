# --version and --help touch no disk.
run 'tend --version'
run 'tend --help'
run 'tend mood --help'
run 'tend'
run 'tend frobnicate'
run 'test -e "$HOME/.local" && echo touched || echo "nothing created"'
