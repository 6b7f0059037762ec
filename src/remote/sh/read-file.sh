# Usage: read-file.sh FILE   (a backup, for restore)
[ -f "$1" ] || fail "$1 does not exist"
[ -r "$1" ] || fail "$1 is not readable"
printf 'content\0'
exec cat -- "$1"
