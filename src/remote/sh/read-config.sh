# Usage: read-config.sh CANDIDATE...
# Finds the first existing candidate in WezTerm's order and reports what a safe write needs: the real
# path behind symlinks, mode and owner, writability, wezfleet's backups beside it, then the bytes.
idx=0
found=
for p in "$@"; do
  if [ -L "$p" ] && [ ! -e "$p" ]; then rec dangling "$idx"; rec target "$(readlink -- "$p")"; exit 0; fi
  if [ -e "$p" ]; then found=$p; break; fi
  idx=$((idx + 1))
done
if [ -z "$found" ]; then
  dir=$(dirname -- "$1")
  [ -d "$dir" ] && rec dir.exists 1
  [ -w "$dir" ] && rec dir.writable 1
  for b in "$1".wezfleet-backup-*; do [ -f "$b" ] && rec backup "$b"; done
  exit 0
fi
rec index "$idx"
real=$(readlink -f -- "$found" 2>/dev/null || realpath -- "$found" 2>/dev/null || printf '%s' "$found")
rec real "$real"
[ -L "$found" ] && rec symlink "$(readlink -- "$found")"
for b in "$found".wezfleet-backup-*; do [ -f "$b" ] && rec backup "$b"; done
[ -f "$real" ] || { rec notfile 1; exit 0; }
rec stat "$(stat_of "$real")"
[ -w "$real" ] && rec writable 1
[ -w "$(dirname -- "$real")" ] && rec dir.writable 1
[ -r "$real" ] || { rec unreadable 1; exit 0; }
printf 'content\0'
exec cat -- "$real"
