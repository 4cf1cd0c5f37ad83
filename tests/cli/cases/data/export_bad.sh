# Export refuses formats it does not write and files it must not touch; with no database it
# writes an empty document and creates nothing.
run 'tend export'
run 'test -e "$TEND_DB" && echo created || echo "no database created"'
tend mood 5
mkdir "$WORK/dir"
run 'tend export --format text'
run 'tend export --format xml'
run 'tend export -o "$WORK/dir"'
run 'tend export -o "$WORK/missing/out.json"'
run 'tend export -o "$TEND_DB"'
run 'tend export extra'
