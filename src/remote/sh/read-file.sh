# Usage: read-file.sh FILE   (a backup, for restore)
# Backups sit beside the config, where its owner can plant any name; as root, following a planted
# link would hand another file's bytes to the restore. So the file is opened first, then the name
# must still be no link and the very file that was opened.
# needs: records
[ -f "$1" ] || fail "$1 does not exist"
[ -r "$1" ] || fail "$1 is not readable"
{ command exec 7< "$1"; } 2>/dev/null || fail "cannot open $1"
if [ -d /proc/self/fd ]; then
  # -ef is in dash, bash and BusyBox sh alike, though POSIX leaves it out.
  # shellcheck disable=SC3013
  { [ ! -L "$1" ] && [ "$1" -ef /proc/self/fd/7 ]; } || fail "$1 is a link, or was replaced while read: not a backup wezfleet made"
elif [ -L "$1" ]; then
  fail "$1 is a link: not a backup wezfleet made"
fi
printf 'content\0'
exec cat <&7
