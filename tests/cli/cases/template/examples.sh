# The example templates in examples/templates/ load when copied to the templates directory.
dir=$XDG_CONFIG_HOME/tend/templates
mkdir -p "$dir"
cp "$CASE_DIR"/../../../../examples/templates/*.toml "$dir/"
run 'tend template list'
run 'tend template show letter-to-past-self'
run 'tend template show successes-and-surprises --format markdown'
run 'printf "Scared, and not sure it would help.\n\nThat feeling better is not a straight line.\n" | tend worksheet letter-to-past-self'
run 'tend worksheet successes-and-surprises --answer success="Went to the party and stayed an hour." --answer keep="Saying yes to small things."'
run 'tend entry show 1'
run 'tend entry list --kind worksheet'
