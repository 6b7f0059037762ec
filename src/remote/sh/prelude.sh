# Shared by every wezfleet remote script. Output is NUL-separated key/value records, which survive
# any byte but NUL; a script that sends a file's bytes sends them last, after the key "content".
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
# The first word of the output, cut by the shell rather than by another process.
sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then _h=$(sha256sum < "$1")
  elif command -v shasum >/dev/null 2>&1; then _h=$(shasum -a 256 < "$1")
  else _h=$(openssl dgst -sha256 -r < "$1")
  fi
  printf '%s' "${_h%% *}"
}
# sha256_pair A B: h1 and h2 = the SHA-256 of files A and B, from one process where it can.
sha256_pair() {
  if command -v sha256sum >/dev/null 2>&1; then
    _two=$(sha256sum -- "$1" "$2" 2>/dev/null)
    # One line per file, the hash first; a name with a backslash or newline is escaped, and its line
    # starts with a backslash.
    h1=${_two%%" "*}
    h1=${h1#\\}
    _two=${_two#*"
"}
    h2=${_two%%" "*}
    h2=${h2#\\}
  else
    h1=$(sha256_of "$1") h2=$(sha256_of "$2")
  fi
}
# These set variables instead of printing, so that calling them costs no subshell.
# mux_runtime_dir: rt = the mux's runtime directory, as WezTerm picks it: $XDG_RUNTIME_DIR/wezterm,
# else ~/.local/share/wezterm. /run/user/UID stands in for XDG_RUNTIME_DIR where sudo cleared it.
mux_runtime_dir() {
  rt=${XDG_RUNTIME_DIR:-}
  if [ -z "$rt" ]; then
    _uid=${uid:-$(id -u)}
    [ -d "/run/user/$_uid" ] && rt=/run/user/$_uid
  fi
  if [ -n "$rt" ]; then rt=$rt/wezterm; else rt=$HOME/.local/share/wezterm; fi
}
# mux_unit: unit = the systemd user unit that some hosts run the mux as.
mux_unit() { unit="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user/wezterm-mux-server.service"; }
# mux_pid RUNTIME_DIR: mpid = the running mux's pid, from its pid file (or its systemd user unit), only
# if that process really is a wezterm mux server (else it fails): a pid is never trusted, and nothing
# is ever looked up by name.
mux_pid() {
  mpid=
  [ -r "$1/pid" ] && read -r mpid < "$1/pid"
  mpid=${mpid%%[!0-9]*}
  mux_unit
  if [ -f "$unit" ] && command -v systemctl >/dev/null 2>&1; then
    _mp=$(systemctl --user show -p MainPID --value wezterm-mux-server 2>/dev/null)
    [ -n "$_mp" ] && [ "$_mp" != 0 ] && mpid=$_mp
  fi
  [ -n "$mpid" ] || return 1
  _comm=
  [ -r "/proc/$mpid/comm" ] && read -r _comm < "/proc/$mpid/comm"
  case $_comm in wezterm-mux*) return 0 ;; *) mpid=; return 1 ;; esac
}
# self_ids: myuid and mygid = the effective ids this script runs as (from /proc where it has them).
self_ids() {
  myuid= mygid=
  if [ -r /proc/self/status ]; then
    while read -r _k _r _e _; do case $_k in Uid:) myuid=$_e ;; Gid:) mygid=$_e; break ;; esac; done < /proc/self/status
  fi
  [ -n "$myuid" ] || { myuid=$(id -u); mygid=$(id -g); }
}
# stat_of FILE...: "MODE UID GID SIZE" of each file, a line each, with GNU or BSD stat (BSD's only
# when GNU's printed nothing: GNU's -f would print the file system instead).
stat_of() {
  _so=$(stat -c '%a %u %g %s' -- "$@" 2>/dev/null)
  [ -n "$_so" ] || _so=$(stat -f '%Lp %u %g %z' -- "$@" 2>/dev/null)
  printf '%s' "$_so"
}
# foreign_link LINK TARGET: true where wezfleet runs as root and LINK is a symlink that another user
# owns, to a file that user does not own; lu and tu = their uids. Such a link is never followed:
# root, not they, would change whatever they pointed it at. No process unless LINK is a link.
foreign_link() {
  [ -L "$1" ] || return 1
  self_ids
  [ "$myuid" = 0 ] || return 1
  set -- $(stat_of "$1" "$2")
  lu=$2 tu=${6:-?}
  [ "$lu" != 0 ] && [ "$lu" != "$tu" ]
}
# Reads the mux log from byte OFFSET+1 for up to LIMIT tenths of a second, until it shows the marker of
# block HASH (the config was evaluated) or a config error (the mux kept its previous values); records
# `reload` loaded|failed|timeout, the marker's whole line as `reload.line` (block.ts's hashInMarker,
# the one parser of this proof, checks it) and `reload.error`. A marker line is a whole log line whose
# message is `lua: ` and the marker (markerText): a line that only quotes it proves nothing.
wait_reload() {
  _log=$1 _offset=$2 _hash=$3 _limit=$4 _waited=0 _nl='
'
  _mark=" > lua: wezfleet: managed block $_hash loaded$_nl"
  while :; do
    # The mux reloads 200 ms after a change: look after that, then every 250 ms (few processes each).
    sleep 0.25
    _waited=$((_waited + 2))
    _new=$_nl$(tail -c +"$((_offset + 1))" "$_log" 2>/dev/null; printf x)
    _new=${_new%x}
    case "$_new" in *"$_mark"*)
      _l=${_new%%"$_mark"*}
      rec reload loaded
      rec reload.line "${_l##*"$_nl"}${_mark%"$_nl"}"
      return 0
      ;;
    esac
    case "$_new" in *ERROR*)
      # A config error as the mux logs it (log-lines.ts's isConfigError).
      _err=$(printf '%s\n' "$_new" | grep -E '^[0-9:.TZ-]+ +ERROR ' | grep -iE 'Configuration Error|config' | tail -n 1)
      if [ -n "$_err" ]; then rec reload failed; rec reload.error "$_err"; return 0; fi
      ;;
    esac
    [ "$_waited" -ge "$_limit" ] && { rec reload timeout; return 0; }
  done
}
# real_path PATH: rp = PATH with every symlink resolved. Without a process where no part of an
# absolute, plain PATH is a symlink (the usual case: tests of each part are builtins).
real_path() {
  case $1 in
    */./* | */../* | */. | */.. | *//* | */) ;;
    /*)
      _rest=${1#/} _pre=
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
  _list= _nl='
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
  _keep= _n=0 _kept=0 _total=0
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
  _idx=0 _found= _first= _dangling=
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
# mux_probe PANES(0|1) LOG_LINES [PTRACE_STATE], after mux_runtime_dir and mux_pid: the mux as the
# guide's monitoring section sees it: age, RSS and fds of the process, its socket, its log's tail, the
# panes (from `wezterm cli list`, only when asked: polling it often is known to upset busy muxes),
# every process with its tty, and the host's load (its memory comes with the facts); the agents a
# rescue moved into tmux, and a ptrace_scope an interrupted rescue saved in PTRACE_STATE.
mux_probe() {
  _pstate=${3:-}
  [ -S "$rt/sock" ] && rec sock 1
  [ -f "$unit" ] && rec unit "$unit"
  if [ -n "$mpid" ]; then
    read -r _stat < "/proc/$mpid/stat" && rec mux.stat "$_stat"
    while read -r _k _v _; do case $_k in VmRSS:) rec mux.rss "$_k $_v kB"; break ;; esac; done < "/proc/$mpid/status"
    _n=0
    for _f in "/proc/$mpid/fd"/*; do [ -e "$_f" ] || [ -L "$_f" ] && _n=$((_n + 1)); done
    rec mux.fds "$_n"
    _log="$rt/wezterm-mux-server-log-$mpid.txt"
    # The log's last LINES lines, read as at most 512 bytes each: a line without end is cut, not read
    # whole (`log.cut`: the first line may be a part).
    if [ "$2" -gt 0 ] && [ -f "$_log" ]; then
      _t=$(tail -c "$(($2 * 512))" "$_log")
      [ "${#_t}" -ge "$(($2 * 512 - 1))" ] && rec log.cut 1
      rec log.tail "$_t"
    fi
    if [ "$1" = 1 ]; then
      if ! command -v wezterm >/dev/null 2>&1; then
        rec panes.error "the wezterm CLI is not installed"
      elif _out=$(WEZTERM_UNIX_SOCKET="$rt/sock" timeout 10 wezterm cli --no-auto-start --prefer-mux list --format json 2>&1); then
        rec panes "$_out"
      else
        rec panes.error "$(printf '%s' "$_out" | tail -n 3)"
      fi
    fi
    # /proc's clock ticks are USER_HZ, 100 on every Linux port in use (alpha and ia64 had 1024):
    # asking getconf would cost a process per host.
    rec clk 100
  fi
  read -r _up < /proc/uptime && rec uptime "$_up"
  read -r _load < /proc/loadavg && rec loadavg "$_load"
  # CPUs online, from sysfs's ranges ("0-63", "0-3,8-11") without a process where it has them.
  _n=0
  if read -r _on 2>/dev/null < /sys/devices/system/cpu/online; then
    _oifs=$IFS IFS=,
    for _r in $_on; do case $_r in *-*) _n=$((_n + ${_r#*-} - ${_r%-*} + 1)) ;; *) _n=$((_n + 1)) ;; esac; done
    IFS=$_oifs
  fi
  [ "$_n" -gt 0 ] || _n=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)
  rec cores "$_n"
  # Agents a rescue moved into tmux, in any session (rescue --session): the windows it marked with the
  # agent's start time; the agent's pid from the window's name, and whether that same process (same
  # start time) still runs. Asked only where this user's tmux server has its socket (no tmux process
  # otherwise); one tmux process.
  if [ -S "${TMUX_TMPDIR:-/tmp}/tmux-${uid:-$(id -u)}/default" ]; then
    tmux list-windows -a -F '#{?@wezfleet-start,#{@wezfleet-start} #{window_name} #{session_name},}' 2>/dev/null |
      while read -r _s _w _sess; do
        _p=${_w##*-}
        case $_p$_s in '' | *[!0-9]*) continue ;; esac
        _alive=0
        start_of "$_p" && [ "$started" = "$_s" ] && _alive=1
        rec rescued "$_w $_p $_alive $_sess"
      done
  fi
  # A ptrace_scope that an interrupted rescue lowered and could not put back: the value it had.
  _ps=
  [ -n "$_pstate" ] && [ -r "$_pstate" ] && read -r _ps < "$_pstate" && rec ptrace.saved "$_ps"
  printf 'ps\0'
  ps -e -o pid=,ppid=,pgid=,sid=,tty=,args= 2>/dev/null
  printf '\0'
}
# start_of PID: started = the process's start time (clock ticks since boot, from /proc/PID/stat), to
# tell it from a later process given the same pid; fails, leaving it empty, when there is no such process.
start_of() {
  started=
  read -r _st 2>/dev/null < "/proc/$1/stat" || return 1
  set -f
  # shellcheck disable=SC2086
  set -- ${_st##*) }
  set +f
  started=${20}
}
# ptrace_restore SYSCTL_PATH STATE_FILE: puts back the ptrace_scope a rescue saved before lowering it
# (records `restored`), then forgets it. Fails only when the value cannot be written.
ptrace_restore() {
  _saved=
  [ -r "$2" ] && read -r _saved < "$2"
  [ -n "$_saved" ] || return 0
  _now=
  [ -r "$1" ] && read -r _now < "$1"
  if [ "$_now" != "$_saved" ]; then
    printf '%s\n' "$_saved" 2>/dev/null > "$1" || return 1
    rec restored "$_saved"
  fi
  rm -f -- "$2"
}
