# The demo week as the HTML report: the whole page, then what a browser and a printer rely on:
# well-formed (as XML, so every element is closed), no script, no URL to load, the policy that
# forbids them, and each chart with its title, description and table.
source "$CASE_DIR/../../../../examples/demo-week.sh"
source "$CASE_DIR/../../../lib/needs.sh"
needs xmllint libxml2-utils
export TEND_NOW=2026-11-20T08:30
run 'tend summary --format html'
run 'tend summary --format html -o summary.html && ls -l summary.html | cut -c1-10'
run 'tend summary --format html | cmp - summary.html && echo same as the file'
run 'xmllint --noout summary.html && echo well-formed'
run 'grep -ci "<script" summary.html || true'
run 'grep -Eci "(https?|ftp|file):|//[a-z]|src=|href=|@import|url\([^#]" summary.html || true'
run 'grep -o "Content-Security-Policy\" content=\"[^\"]*\"" summary.html'
run 'grep -c "<svg" summary.html; grep -c "<title id=" summary.html; grep -c "<desc id=" summary.html; grep -c "<table>" summary.html'
run 'grep -o "<h2>[^<]*</h2>" summary.html'
# The same report whichever way --format is given; the config's format never asks for it.
run 'tend --format html summary | cmp - summary.html && echo same with the global option'
run 'tend summary --format HTML'
run 'tend summary --format ""'
run 'tend mood list --format html'
run 'tend --format html hw'
printf 'format = "html"\n' >config.toml
run 'tend --config config.toml summary'
