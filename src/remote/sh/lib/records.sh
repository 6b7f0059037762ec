# lib/records.sh, which every script needs: output as NUL-separated key/value records, which
# survive any byte but NUL (a script that sends a file's bytes sends them last, after the key
# "content"), and failing with one.
# needs:
export LC_ALL=C
rec() { printf '%s\0%s\0' "$1" "$2"; }
fail() { rec wezfleet-error "$1"; exit 3; }
# io_why MESSAGE: why = what an I/O error message names (full disk, quota, read-only file system,
# permission, a missing folder) and its fix, else the message's last part; io_fail WHAT MESSAGE [DONE]
# fails saying it, and what was done (by default: nothing was written).
io_why() {
  case $1 in
    *"No space left"*) why="the disk is full (ENOSPC): free space on it, then run wezfleet again" ;;
    *[Qq]uota*) why="the disk quota is used up (EDQUOT): free space or raise the quota, then run wezfleet again" ;;
    *"Read-only file system"*) why="the file system is read-only (EROFS): remount it read-write, or manage a config elsewhere" ;;
    *"Permission denied"* | *"Operation not permitted"*) why="permission denied (EACCES): run as the file's owner, or with sudo: true" ;;
    *"No such file or directory"* | *"Directory nonexistent"*) why="the folder does not exist (ENOENT): create it, or name another config with --config" ;;
    *) why=${1##*: } ;;
  esac
}
io_fail() { io_why "$2"; fail "$1: $why; ${3:-nothing was written}"; }
