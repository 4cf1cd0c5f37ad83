# Colour only when asked or on a terminal; NO_COLOR and --color never turn it off.
tend mood 7 "slept well"
run 'tend mood list --color always | od -c | head -2'
run 'NO_COLOR=1 tend mood list --color auto'
run 'tend mood list --color never'
run 'tend mood 6 --color always'
