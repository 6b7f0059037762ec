# After the facts (two-step-wait.sh): the marker, then the write's arguments as one line of sh words (quoted
# by the client: set -- 'PATH' ...), then the new content, which write-config.sh reads to the end.
# No line (stdin closed): nothing to write.
# needs: records
# Set by two-step-wait.sh, earlier in this same shell.
# shellcheck disable=SC2154
printf '\0wezfleet-step-%s\0' "$wezfleet_two_step"
exec <&5 5<&-
IFS='' read -r _req || exit 0
# The client writes a newline in a value as "$nl" (facts-write.ts's requestLine), for the eval below.
# shellcheck disable=SC2034
nl='
'
eval "set -- $_req"
