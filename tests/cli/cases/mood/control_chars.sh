# Escape sequences stored in a note never reach the terminal raw.
tend mood 6 "$(printf 'red \033[31mALERT\033[0m bell\a')"
run 'tend mood list'
run 'tend mood list --format markdown'
run 'tend mood list --format json | grep note'
