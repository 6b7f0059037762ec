# Usage: facts-write.sh FACTS_ARGS... < SECRET LINE, then WRITE ARGS LINE and the new content
# facts.sh, then write-config.sh, in one shell on one channel: apply's plan and write in one round
# trip. The client reads the facts, plans, and only then sends what to write. The first line of stdin
# is this run's secret, printed after the facts: the config's bytes come last in them and may hold
# anything, but not a secret that never appears on this host outside this shell and its stdin.
# needs: records
# Read by facts.sh and two-step-resume.sh, which run after this in the same shell.
# shellcheck disable=SC2034
IFS='' read -r wezfleet_two_step || exit 0
# stdin is kept aside (fd 5) while the facts run, so that nothing in them can take the write's bytes.
exec 5<&0 < /dev/null
