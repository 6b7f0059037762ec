# lib/mux.sh: The running mux: its runtime folder, its pid (never found by name), the probe status takes, a process's start time.
# needs: records
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
  mpid=''
  [ -r "$1/pid" ] && read -r mpid < "$1/pid"
  mpid=${mpid%%[!0-9]*}
  mux_unit
  if [ -f "$unit" ] && command -v systemctl >/dev/null 2>&1; then
    _mp=$(systemctl --user show -p MainPID --value wezterm-mux-server 2>/dev/null)
    [ -n "$_mp" ] && [ "$_mp" != 0 ] && mpid=$_mp
  fi
  [ -n "$mpid" ] || return 1
  _comm=''
  [ -r "/proc/$mpid/comm" ] && read -r _comm < "/proc/$mpid/comm"
  case $_comm in wezterm-mux*) return 0 ;; *) mpid=; return 1 ;; esac
}
# start_of PID: started = the process's start time (clock ticks since boot, from /proc/PID/stat), to
# tell it from a later process given the same pid; fails, leaving it empty, when there is no such process.
start_of() {
  started=''
  read -r _st 2>/dev/null < "/proc/$1/stat" || return 1
  set -f
  # shellcheck disable=SC2086
  set -- ${_st##*) }
  set +f
  started=${20}
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
  _ps=''
  [ -n "$_pstate" ] && [ -r "$_pstate" ] && read -r _ps < "$_pstate" && rec ptrace.saved "$_ps"
  printf 'ps\0'
  ps -e -o pid=,ppid=,pgid=,sid=,tty=,args= 2>/dev/null
  printf '\0'
}
