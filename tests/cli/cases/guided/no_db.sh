# Reading entries before any database exists creates nothing.
run 'tend entry list'
run 'tend entry list --format json'
run 'tend entry show 1'
run 'tend entry edit 1 --answer a=b'
run 'tend entry rm 1'
run 'printf "x\n" | tend worksheet thought-record --format json | grep -E "\"(id|kind|template|session_id)\""'
