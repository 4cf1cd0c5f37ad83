# A database path that cannot be created: exit 1, one line.
printf 'a file\n' > "$WORK/plainfile"
run 'tend --db "$WORK/plainfile/sub/tend.db" mood 7'
run 'tend --db /proc/tend/tend.db mood 7'
