# lib/config.sh: Finding and reading the config WezTerm has in effect, and the modules it can require.
# needs: records ids
# real_path PATH: rp = PATH with every symlink resolved. Without a process where no part of an
# absolute, plain PATH is a symlink (the usual case: tests of each part are builtins).
real_path() {
  case $1 in
    */./* | */../* | */. | */.. | *//* | */) ;;
    /*)
      _rest=${1#/} _pre=''
      while :; do
        _pre=$_pre/${_rest%%/*}
        [ -L "$_pre" ] && break
        case $_rest in */*) _rest=${_rest#*/} ;; *) rp=$1; return 0 ;; esac
      done
      ;;
  esac
  rp=$(readlink -f -- "$1" 2>/dev/null || realpath -- "$1" 2>/dev/null || printf '%s' "$1")
}
# read_modules DIR...: the Lua files a config can `require` from WezTerm's package.path (its config
# folders, three levels deep), up to 64 files, 256 KiB each and 1 MiB in all: a record `module` with
# each one's path and `module.size` with its size, then their bytes in one binary record `modules#`
# (their total size, then the bytes) closed by `modules.end`; what is over a limit is named in
# `module.skipped`. Two processes (stat and cat), and none where the folders hold no Lua file.
read_modules() {
  _list='' _nl='
'
  for _d in "$@"; do
    [ -d "$_d" ] || continue
    for _f in "$_d"/*.lua "$_d"/*/*.lua "$_d"/*/*/*.lua; do
      case $_f in "$_d/wezterm.lua" | *"$_nl"*) continue ;; esac
      [ -f "$_f" ] && [ -r "$_f" ] || continue
      # As root, a link is not followed: its owner, not root, chose where it points.
      if [ -L "$_f" ]; then
        self_ids
        [ "$myuid" = 0 ] && { rec module.skipped "$_f"; continue; }
      fi
      _list=$_list$_f$_nl
    done
  done
  [ -n "$_list" ] || return 0
  set -f
  _oifs=$IFS IFS=$_nl
  # shellcheck disable=SC2086
  set -- $_list
  _sizes=$(stat_of "$@")
  _keep='' _n=0 _kept=0 _total=0
  for _line in $_sizes; do
    _n=$((_n + 1))
    eval "_f=\${$_n}"
    _size=${_line##* }
    if [ "$_size" -gt 262144 ] || [ $((_total + _size)) -gt 1048576 ] || [ "$_kept" -ge 64 ]; then
      rec module.skipped "$_f"
      continue
    fi
    _kept=$((_kept + 1)) _total=$((_total + _size))
    _keep=$_keep$_f$_nl
    rec module "$_f"
    rec module.size "$_size"
  done
  [ "$_n" = $# ] || rec modules.changed 1
  # shellcheck disable=SC2086
  set -- $_keep
  IFS=$_oifs
  set +f
  [ $# -gt 0 ] || return 0
  printf 'modules#\0%s\0' "$_total"
  cat -- "$@" 2>/dev/null
  printf 'modules.end\0\0'
}
# read_config CANDIDATE... [-- MODULE_DIR...]: finds the first existing candidate in WezTerm's order
# and reports what a safe write needs: the real path behind symlinks, writability, wezfleet's backups
# beside it, the modules it can require (read_modules), then (last, as `content`) the bytes. Mode and
# owner are the write's to read (write-config.sh), when it writes: no process here for them.
read_config() {
  _idx=0 _found='' _first='' _dangling=''
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    rec candidate "$1"
    [ -n "$_first" ] || _first=$1
    if [ -z "$_found$_dangling" ]; then
      if [ -L "$1" ] && [ ! -e "$1" ]; then _dangling=$1
      elif [ -e "$1" ]; then _found=$1
      else _idx=$((_idx + 1))
      fi
    fi
    shift
  done
  [ "${1:-}" = -- ] && shift
  for _d in "$@"; do rec moddir "$_d"; done
  if [ -n "$_dangling" ]; then rec dangling "$_idx"; rec target "$(readlink -- "$_dangling")"; return 0; fi
  if [ -z "$_found" ]; then
    _dir=${_first%/*}
    [ -d "${_dir:-/}" ] && rec dir.exists 1
    [ -w "${_dir:-/}" ] && rec dir.writable 1
    for _b in "$_first".wezfleet-backup-*; do [ -f "$_b" ] && rec backup "$_b"; done
    return 0
  fi
  rec index "$_idx"
  # The real path also sees through symlinked directories (a dotfiles repo, the Nix store).
  real_path "$_found"
  _real=$rp
  rec real "$_real"
  [ -L "$_found" ] && rec symlink "$(readlink -- "$_found")"
  for _b in "$_found".wezfleet-backup-*; do [ -f "$_b" ] && rec backup "$_b"; done
  [ -f "$_real" ] || { rec notfile 1; return 0; }
  # Its target's bytes are not even read (write-config.sh refuses to write through it too).
  foreign_link "$_found" "$_real" && { rec foreign.link "$lu $tu"; return 0; }
  [ -w "$_real" ] && rec writable 1
  _rdir=${_real%/*}
  [ -w "${_rdir:-/}" ] && rec dir.writable 1
  [ -r "$_real" ] || { rec unreadable 1; return 0; }
  read_modules "$@"
  # No more than 4 MiB and a byte: a config larger than that is refused (read-config.ts), not read whole.
  printf 'content\0'
  head -c 4194305 -- "$_real"
}
