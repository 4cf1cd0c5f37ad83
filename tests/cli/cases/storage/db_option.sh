# --db beats $TEND_DB, which beats $XDG_DATA_HOME.
run 'tend --db "$WORK/elsewhere/my.db" mood 7'
run 'tend mood list --db "$WORK/elsewhere/my.db"'
run 'tend mood list'
run 'unset TEND_DB; tend mood 3; ls "$XDG_DATA_HOME/tend"'
