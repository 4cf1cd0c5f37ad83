# The forms of Daylio's export that people have: without the header line (the first line is a
# row), with a byte-order mark before the header or the first row, and the oldest form, with a
# year and a day and month name in the phone's language instead of full_date, with or without
# its header. An entry is the same mood whichever form it comes in: the Russian file has two of
# the English file's entries (the same days and times) with another mood and note, and updates
# them.
cp "$CASE_DIR"/../../fixtures/daylio_*.csv .
run 'tend import daylio_headerless.csv --from daylio'
run 'tend import daylio_headerless_bom.csv --from daylio'
run 'tend mood list'
run 'tend import daylio_headerless.csv'
run 'tend import daylio_oldest_en.csv --from daylio'
run 'tend import daylio_oldest_de.csv --from daylio'
run 'tend import daylio_newer_2016.csv --from daylio'
run 'tend import daylio_oldest_ru.csv --from daylio'
run 'tend import daylio_oldest_ru.csv --from daylio --map хорошо=8 --map супер=10'
run 'tend import daylio_oldest_headerless.csv --from daylio --map хорошо=8'
run 'tend mood list --since 2016-01-01 --until 2016-12-31'
run 'tend import daylio_oldest_ru.csv --from daylio --map хорошо=8 --map супер=10'
