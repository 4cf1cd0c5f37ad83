# The user's templates directory overrides a built-in by name and adds new ones; a reflection
# follows the override, and keeps each prompt as it was asked.
dir=$XDG_CONFIG_HOME/tend/templates
mkdir -p "$dir"
tend template show reflection --toml >"$WORK/reflection.toml"
sed 's/What was the most important thing we talked about?/What stayed with me?/' "$WORK/reflection.toml" >"$dir/reflection.toml"
cat > "$dir/check-in.toml" <<'TOML'
name = "check-in"
title = "Evening check-in"

[[prompt]]
key = "energy"
question = "How is your energy, from 1 to 10?"

[[prompt]]
key = "kind-act"
question = "What is one kind thing you did for yourself today?"
hint = "Even a glass of water counts."
TOML
printf 'not a template\n' > "$dir/README"
tend session add "2026-11-19 17:00"
run 'tend template list'
run 'tend template show reflection'
run 'tend template show check-in --format markdown'
run 'tend reflect --answer takeaway="That I can ask for help." --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend worksheet check-in --answer energy=6 --answer kind-act="a walk at lunch"'
rm "$dir/reflection.toml"
run 'tend entry show 1'
