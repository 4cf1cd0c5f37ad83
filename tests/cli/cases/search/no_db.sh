# Searching before anything was written finds nothing and creates nothing.
run 'tend search walk'
run 'tend search walk --format json'
run 'tend search --query "walk AND"'
run 'test -e "$XDG_DATA_HOME/tend" && echo created || echo "nothing created"'
