# Reading entries before any database exists creates nothing.
run 'tend entry list'
run 'tend entry list --format json'
run 'tend entry show 1'
run 'tend entry edit 1 --answer a=b'
run 'tend entry rm 1'
run 'printf "x\n" | tend worksheet thought-record --format json | grep -E "\"(id|kind|template|session_id)\""'
rm -f "$TEND_DB" "$TEND_DB"-wal "$TEND_DB"-shm
run 'printf "\n\n" | tend prep'
run 'tend reflect --answer takeaway=x'
run 'test -e "$TEND_DB" && echo exists || echo "no database created"'
