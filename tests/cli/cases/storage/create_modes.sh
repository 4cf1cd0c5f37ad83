# The first write creates the data directory 0700 and the file 0600, whatever the umask.
umask 000
run 'tend mood 7 "slept well" -t sleep'
run 'stat -c "%a %n" "$XDG_DATA_HOME/tend" "$XDG_DATA_HOME/tend/tend.db" | sed "s|$WORK|\$WORK|"'
