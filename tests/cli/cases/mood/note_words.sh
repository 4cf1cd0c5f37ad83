# After a score, words that name subcommands belong to the note.
run 'tend mood 7 need to list things'
run 'tend mood 4 rm edit'
run 'tend mood list'
