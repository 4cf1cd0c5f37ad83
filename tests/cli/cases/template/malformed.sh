# A malformed template is an error naming file, line and problem, wherever it is used; an
# unknown template lists the known ones; a broken file does not stop other templates.
dir=$XDG_CONFIG_HOME/tend/templates
mkdir -p "$dir"
tend session add "2026-11-19 17:00"
printf 'name = "broken"\ntitle = "Broken"\n\n[[prompt]]\nkey = "a"\nquestion = \n' > "$dir/broken.toml"
run 'tend template list'
run 'tend template show broken'
run 'tend reflect --template broken --answer a=x'
run 'tend worksheet broken'
run 'tend reflect --answer takeaway="still works"'
rm "$dir/broken.toml"
printf 'name = "nameless"\ntitle = "No questions"\n\n[[prompt]]\nkey = "a"\nhint = "only a hint"\n' > "$dir/nameless.toml"
run 'tend template show nameless'
printf 'name = "other"\ntitle = "Wrong name"\n[[prompt]]\nkey = "a"\nquestion = "q"\n' > "$dir/nameless.toml"
run 'tend template show nameless'
printf 'name = "nameless"\ntitle = "Typo"\n[[prompt]]\nkey = "a"\nquestion = "q"\nhnit = "h"\n' > "$dir/nameless.toml"
run 'tend template show nameless'
printf 'name = "nameless"\ntitle = "Twice"\n[[prompt]]\nkey = "a"\nquestion = "q"\n[[prompt]]\nkey = "a"\nquestion = "r"\n' > "$dir/nameless.toml"
run 'tend template show nameless'
printf 'name = "nameless"\ntitle = "Bad key"\n[[prompt]]\nkey = "Was It"\nquestion = "q"\n' > "$dir/nameless.toml"
run 'tend prep --template nameless'
printf 'name = "nameless"\n\n[[prompt]]\nkey = "a"\nquestion = "q"\n' > "$dir/nameless.toml"
run 'tend template show nameless'
printf 'name = "nameless"\ntitle = "x"\nprompt = []\n' > "$dir/nameless.toml"
run 'tend template show nameless'
rm "$dir/nameless.toml"
run 'tend template show nope'
run 'tend template show ../config'
run 'tend reflect --template nope --answer takeaway=x'
run 'tend worksheet Thought-Record'
run 'tend template show'
run 'tend entry list'
