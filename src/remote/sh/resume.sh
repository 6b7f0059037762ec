# After the facts (hold.sh): the marker, then the write's arguments as one line of sh words (quoted
# by the client: set -- 'PATH' ...), then the new content, which write-config.sh reads to the end.
# No line (stdin closed): nothing to write.
printf '\0wezfleet-hold-%s\0' "$wezfleet_hold"
exec <&5 5<&-
IFS= read -r _req || exit 0
nl='
'
eval "set -- $_req"
