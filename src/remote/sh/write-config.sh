# Usage: write-config.sh update PATH REAL EXPECTED_SHA256 NEW_SHA256 BACKUP|none KEEP [LOG HASH TENTHS] < new-content
#        write-config.sh create PATH REAL NEW_SHA256 BACKUP|none KEEP [LOG HASH TENTHS] < new-content
#        write-config.sh remove PATH REAL EXPECTED_SHA256 BACKUP KEEP
# update replaces REAL (PATH itself, or the file PATH links to) with stdin, so that at every instant
# the file is either the old bytes or the new ones: new bytes into a temp file in the same
# directory, synced, then the backup, then a check against NEW_SHA256 (a cut connection leaves a
# short file, which is never used), then one rename. EXPECTED_SHA256 is what wezfleet read; if the
# file changed since, nothing is written, and the backup made for the write is removed. Mode and
# owner are kept; a symlink at PATH stays a symlink.
# create writes a file that was not there; its BACKUP records the creation: an empty marker whose
# name ends in -absent, so that restore can undo it. remove undoes one: the current bytes go into
# BACKUP, then REAL is removed. With LOG..., it then waits in the same round trip for the running
# mux to log that it evaluated block HASH (see wait_reload), in what LOG gains after the rename.
# needs: records hash ids reload
op=$1
shift
expect='' newhash=''
case $op in
  update) path=$1 real=$2 expect=$3 newhash=$4 backup=$5 keep=$6 && shift 6 ;;
  create) path=$1 real=$2 newhash=$3 backup=$4 keep=$5 && shift 5 ;;
  remove) path=$1 real=$2 expect=$3 backup=$4 keep=$5 && shift 5 ;;
  *) fail "write-config.sh: no such write as $op" ;;
esac
wlog=${1:-} whash=${2:-} wlimit=${3:-} woffset=0
# Few processes: a write on each of many hosts at once is mostly process start-ups otherwise. Path
# parts, ids and the temp file's mode come from shell builtins; one sha256sum checks two files.
case $real in */*) dir=${real%/*} ;; *) dir=. ;; esac
dir=${dir:-/}
tmp=''
btmp=''
blink=''
# Only temp names, and a backup link made for a write that then did not happen: once renamed into
# place, a name no longer exists and removing it does nothing.
cleanup() {
  for _t in "$tmp" "$btmp" "$blink"; do
    [ -n "$_t" ] && { [ -e "$_t" ] || [ -L "$_t" ]; } && rm -f -- "$_t"
  done
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

unchanged_or_fail() {
  [ "$1" = "$expect" ] || fail "$real changed after wezfleet read it (edited meanwhile?); nothing was written: plan again"
}
still_as_read() {
  if [ "$op" = create ]; then
    if [ -e "$real" ] || [ -L "$path" ]; then fail "$path appeared after it was read; nothing was written"; fi
  else
    [ -f "$real" ] || fail "$real disappeared after it was read; nothing was written"
    unchanged_or_fail "$(sha256_of "$real")"
  fi
}
fsync_file() { sync -- "$1" 2>/dev/null || sync; }
# Where root writes in a directory that another user owns, that user can swap a name for a symlink
# at any moment. So a temp file is created under a name nobody can guess in advance, with O_EXCL, and
# kept open; from then on it is reached only through the open descriptor (/proc/self/fd/N, which
# reaches the same file in every child), never through its name, which only the final rename uses.
rnd=''
[ -r /proc/sys/kernel/random/uuid ] && read -r rnd < /proc/sys/kernel/random/uuid
rnd=${rnd%%-*}
# fill FILE WHAT: stdin into FILE, on disk before it returns. dd's conv=fsync does both in one process
# (GNU, BusyBox); only where dd lacks it (nothing read yet) cat and then sync. A write that fails
# (a full disk, a quota) fails saying why, never as another error further on.
fill() {
  _e=$(dd of="$1" bs=65536 conv=fsync 2>&1) && return 0
  case $_e in
    *conv* | *onversion* | *nrecognized* | *nvalid*)
      if [ ! -s "$1" ]; then
        _e=$({ cat >| "$1"; } 2>&1) && { fsync_file "$1"; return 0; }
      fi
      ;;
  esac
  io_fail "cannot write $2" "$_e"
}
# new_file VAR FD DIR PREFIX: creates a file that did not exist (noclobber: O_EXCL, so never through
# a planted symlink) on descriptor FD, with the mode the umask gives; names it in VAR (tmp or btmp),
# sets VAR_fd to the path that reaches it, and fills it from stdin, synced. Fails saying why the
# folder takes no new file.
new_file() {
  for _n in 1 2 3 4 5 6 7 8; do
    _f="$3/$4-$$-$rnd$_n"
    set -C
    if { eval "command exec $2>\"\$_f\""; } 2>/dev/null; then
      set +C
      # Ours from here: cleanup removes it, even when a hangup comes while it fills.
      eval "$1=\$_f"
      _fd=$_f
      [ -d /proc/self/fd ] && _fd=/proc/self/fd/$2
      eval "${1}_fd=\$_fd"
      # A shell opens an existing non-regular file (a planted link to a device) despite noclobber.
      [ -f "$_fd" ] && [ ! -s "$_fd" ] || fail "$_f is not a new empty file (planted?); nothing was written"
      fill "$_fd" "a temporary file in $3"
      return
    fi
    set +C
    [ -e "$_f" ] || [ -L "$_f" ] || break
  done
  # Why not: the same open again, only for its message (it fails as the first one did).
  _e=$( (set -C; : > "$_f") 2>&1) && rm -f -- "$_f"
  io_fail "cannot create a file in $3" "$_e"
}
# renamed_ok NAME FD_PATH: NAME is still the file this script created (not swapped since), checked
# right before the rename that uses the name.
renamed_ok() {
  [ "$1" = "$2" ] && return 0
  # -ef is in dash, bash and BusyBox sh alike, though POSIX leaves it out.
  # shellcheck disable=SC3013
  [ ! -L "$1" ] && [ "$1" -ef "$2" ] || fail "$1 was replaced by someone else while wezfleet wrote it; nothing was written"
}
self_ids
# new_file sets tmp_fd and btmp_fd through eval.
tmp_fd='' btmp_fd=''
# The mux log's size before the rename (where to look for the reload marker) comes with the same stat.
if [ "$op" != create ]; then
  # Split on purpose here and below: stat's fields become the positional parameters.
  # shellcheck disable=SC2046
  set -- $(stat_of "$real" ${wlog:+"$wlog"})
  # shellcheck disable=SC2046
  [ -z "$wlog" ] || [ $# -eq 8 ] || set -- $(stat_of "$real")
  mode=$1 owner=$2:$3 woffset=${8:-0}
  [ -f "$real" ] || fail "$real disappeared after it was read; nothing was written"
  # New files get the original's mode from the umask where it has no x or special bits; else chmod.
  m=$((0$mode)) chmod_needed=1
  if [ $((m & 07111)) -eq 0 ]; then
    umask "$((~m >> 6 & 7))$((~m >> 3 & 7))$((~m & 7))" && chmod_needed=''
  fi
elif [ -n "$wlog" ]; then
  # shellcheck disable=SC2046
  set -- $(stat_of "$wlog")
  woffset=${4:-0}
fi
# Checked again here: the link could have been swapped in after the plan read the file.
if [ "$op" != create ] && foreign_link "$path" "$real"; then
  fail "$path is a link owned by uid $lu to $real, owned by uid $tu; as root wezfleet changes only a file of the link's owner: run as that user (sudo_user), or replace the link"
fi
# keep_owner FD_PATH NAME [chmod]: the new file and a copied backup both get the original's mode and owner.
keep_owner() {
  if [ -n "$chmod_needed$3" ]; then chmod "$mode" "$1" || fail "cannot give $2 mode $mode"; fi
  if [ "$myuid:$mygid" != "$owner" ]; then
    chown "$owner" "$1" 2>/dev/null || fail "cannot keep $real owned by $owner (run as its owner, or with sudo: true)"
  fi
}

if [ "$op" = remove ]; then
  [ "$backup" != none ] || fail "removing $real needs a backup"
  cat > /dev/null
else
  new_file tmp 7 "$dir" ".${real##*/}.wezfleet"
fi

# The backup comes before the last check, so that this check also covers it; until the commit it is
# named in blink, and a write that does not happen takes it away again.
if [ "$backup" != none ]; then
  [ -e "$backup" ] && fail "backup $backup already exists; nothing was written"
  case $backup in */*) bdir=${backup%/*} ;; *) bdir=. ;; esac
  bdir=${bdir:-/}
  if [ "$op" = create ]; then
    # The creation is recorded by an empty marker.
    set -C
    _e=$( (: > "$backup") 2>&1) || io_fail "cannot create the backup marker $backup" "$_e"
    set +C
    blink=$backup
  elif ln -- "$real" "$backup" 2>/dev/null; then
    # A hard link is the whole backup: the old bytes with their mode and owner, as the old file's
    # inode keeps only that name after the rename.
    blink=$backup
  else
    # Where a link cannot be made (another filesystem, beside a symlink), a copy.
    # Readable by nobody else until it is known to hold the bytes that were read.
    _um=$(umask)
    umask 077
    new_file btmp 8 "$bdir" .wezfleet-backup < "$real"
    umask "$_um"
    [ "$(sha256_of "$btmp_fd")" = "$expect" ] || fail "$real changed while it was backed up; nothing was written"
    keep_owner "$btmp_fd" "$btmp" chmod
    renamed_ok "$btmp" "$btmp_fd"
    _e=$(mv -f -- "$btmp" "$backup" 2>&1) || io_fail "cannot name the backup $backup" "$_e"
    blink=$backup btmp=''
  fi
fi

# The last check, then the commit: one per mode.
commit_remove() {
  still_as_read
  _e=$(rm -f -- "$real" 2>&1) || io_fail "cannot remove $real" "$_e"
}
commit_create() {
  [ "$(sha256_of "$tmp_fd")" = "$newhash" ] || fail "the new content arrived incomplete (connection cut?); nothing was written"
  still_as_read
  renamed_ok "$tmp" "$tmp_fd"
  _e=$(mv -f -- "$tmp" "$real" 2>&1) || io_fail "cannot rename the new file into $real" "$_e"
}
# One sha256sum for both checks: the new bytes arrived whole, and the file is still what was read.
commit_update() {
  sha256_pair "$tmp_fd" "$real"
  [ "$h1" = "$newhash" ] || fail "the new content arrived incomplete (connection cut?); nothing was written"
  unchanged_or_fail "$h2"
  keep_owner "$tmp_fd" "$tmp"
  renamed_ok "$tmp" "$tmp_fd"
  _e=$(mv -f -- "$tmp" "$real" 2>&1) || io_fail "cannot rename the new file into $real" "$_e"
}
case $op in
  update) commit_update ;;
  create) commit_create ;;
  remove) commit_remove ;;
esac
tmp='' blink=''
sync -- "$dir" 2>/dev/null || true
[ "$backup" != none ] && [ "$bdir" != "$dir" ] && { sync -- "$bdir" 2>/dev/null || true; }
[ "$backup" != none ] && rec backup "$backup"
rec committed "$real"

count=0
for b in "$path".wezfleet-backup-*; do [ -f "$b" ] && count=$((count + 1)); done
excess=$((count - keep))
for b in "$path".wezfleet-backup-*; do
  [ "$excess" -gt 0 ] || break
  [ -f "$b" ] || continue
  rm -f -- "$b" && rec pruned "$b"
  excess=$((excess - 1))
done
[ -n "$wlog" ] && wait_reload "$wlog" "$woffset" "$whash" "$wlimit"
exit 0
