# A session whose time passed with neither add nor cancel is unconfirmed: the listing shows it
# in its place, remind asks once (and no longer asks for a reflection on the session before or
# for prep), the summary's window line says so, and reflect and prep refuse to attach to
# another session off a terminal. add or cancel settles it, from the regular schedule or from
# a scheduled session.
mkdir -p "$XDG_CONFIG_HOME/tend"
printf '[session]\nschedule = "tue 17:00"\n' > "$XDG_CONFIG_HOME/tend/config.toml"
TEND_NOW=2026-11-10T18:00 tend session add
TEND_NOW=2026-11-10T18:00 tend mood 6
# Before its time, Tuesday's session is simply the next one.
run 'TEND_NOW=2026-11-17T16:00 tend session list'
run 'TEND_NOW=2026-11-17T16:00 tend remind'
# From its time on, it is unconfirmed.
export TEND_NOW=2026-11-17T18:00
run 'tend session list'
run 'tend session list --format markdown'
run 'tend session list --format json | sed -E "s/[0-9a-f-]{36}/UUID/"'
run 'tend remind'
run 'tend remind --format markdown'
run 'tend remind --format json'
run 'tend reflect -a takeaway="Rest is allowed."'
run 'tend prep -a discuss="Sleep."'
run 'tend summary'
run 'tend summary --format json | jq .window'
# Two days later, "tue" still names it for cancel, which records it as cancelled.
export TEND_NOW=2026-11-19T09:00
run 'tend remind'
run 'tend session cancel tue'
run 'tend session list'
run 'tend remind'
run 'tend session cancel 2026-11-17'
run 'tend session cancel 2026-11-10'
run 'tend session cancel mon'
run 'tend session cancel someday'
# A scheduled session, once its time has passed, is unconfirmed in its turn; "today" names it.
tend session next "fri 10:00"
export TEND_NOW=2026-11-20T12:00
run 'tend session list'
run 'tend remind'
run 'tend reflect -a takeaway="Rest is allowed."'
run 'tend session add today'
run 'tend session list'
run 'tend reflect -a takeaway="Rest is allowed."'
run 'tend remind'
# A [remind] kinds list written before the "session" kind still gets the question, in place of
# the reflection and prep it names.
printf '[session]\nschedule = "tue 17:00"\n[remind]\nkinds = ["reflection", "prep"]\n' > "$XDG_CONFIG_HOME/tend/config.toml"
run 'TEND_NOW=2026-11-24T18:00 tend remind'
