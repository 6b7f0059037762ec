# Usage: write-config.sh PATH REAL EXPECTED_SHA256|none NEW_SHA256|absent BACKUP|none KEEP [LOG OFFSET HASH TENTHS] < new-content
# Replaces REAL (PATH itself, or the file PATH links to) with stdin, so that at every instant the file
# is either the old bytes or the new ones: backup first, new bytes into a temp file in the same
# directory, checked against NEW_SHA256 (a cut connection leaves a short file, which is never used),
# fsync, then one rename. EXPECTED_SHA256 is what wezfleet read; if the file changed since, nothing
# is written. Mode and owner are kept; a symlink at PATH stays a symlink.
# Creating a file (EXPECTED none) with a BACKUP records the creation: an empty marker whose name ends
# in -absent, so that restore can undo it. NEW_SHA256 "absent" undoes one: the current bytes go into
# BACKUP, then REAL is removed. With LOG..., it then waits in the same round trip for the running
# mux to log that it evaluated block HASH (see wait_reload).
path=$1 real=$2 expect=$3 newhash=$4 backup=$5 keep=$6
wlog=${7:-} woffset=${8:-} whash=${9:-} wlimit=${10:-}
dir=$(dirname -- "$real")
tmp=
btmp=
cleanup() {
  [ -n "$tmp" ] && rm -f -- "$tmp"
  [ -n "$btmp" ] && rm -f -- "$btmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

still_as_read() {
  if [ "$expect" = none ]; then
    if [ -e "$real" ] || [ -L "$path" ]; then fail "$path appeared after it was read; nothing was written"; fi
  else
    [ -f "$real" ] || fail "$real disappeared after it was read; nothing was written"
    [ "$(sha256_of "$real")" = "$expect" ] || fail "$real changed after wezfleet read it (edited meanwhile?); nothing was written: plan again"
  fi
}
fsync_file() { sync -- "$1" 2>/dev/null || sync; }

still_as_read

if [ "$expect" != none ]; then
  set -- $(stat_of "$real")
  mode=$1 owner=$2:$3
fi
# The new file and the backup both get the original's mode and owner.
keep_owner() {
  chmod "$mode" "$1" || fail "cannot give $1 mode $mode"
  if [ "$(id -u):$(id -g)" != "$owner" ]; then
    chown "$owner" "$1" 2>/dev/null || fail "cannot keep $real owned by $owner (run as its owner, or with sudo: true)"
  fi
}

if [ "$newhash" = absent ]; then
  [ "$expect" != none ] && [ "$backup" != none ] || fail "removing $real needs what was read and a backup"
  cat > /dev/null
else
  tmp=$(mktemp "$dir/.$(basename -- "$real").wezfleet-XXXXXX") || fail "cannot create a temporary file in $dir"
  cat > "$tmp" || fail "cannot write the temporary file $tmp"
  [ "$(sha256_of "$tmp")" = "$newhash" ] || fail "the new content arrived incomplete (connection cut?); nothing was written"
  if [ "$expect" = none ]; then
    chmod "$(printf '%o' $((0666 & ~$(umask))))" "$tmp"
  else
    keep_owner "$tmp"
  fi
  fsync_file "$tmp"
fi

if [ "$backup" != none ]; then
  [ -e "$backup" ] && fail "backup $backup already exists; nothing was written"
  btmp=$(mktemp "$(dirname -- "$backup")/.wezfleet-backup-XXXXXX") || fail "cannot create a backup beside $path"
  if [ "$expect" != none ]; then
    cat -- "$real" > "$btmp" || fail "cannot copy $real to a backup"
    [ "$(sha256_of "$btmp")" = "$expect" ] || fail "$real changed while it was backed up; nothing was written"
    keep_owner "$btmp"
    fsync_file "$btmp"
  fi
  mv -f -- "$btmp" "$backup" || fail "cannot name the backup $backup"
  btmp=
  rec backup "$backup"
fi

still_as_read
if [ "$newhash" = absent ]; then
  rm -f -- "$real" || fail "cannot remove $real"
else
  mv -f -- "$tmp" "$real" || fail "cannot rename the new file into $real"
  tmp=
fi
sync -- "$dir" 2>/dev/null || true
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
