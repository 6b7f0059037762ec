# Usage: mux.sh PROBE_PANES(0|1) LOG_LINES
# The mux as the guide's monitoring section sees it, in one round trip (its environment and command
# line come with the host's facts): pid, age, RSS and fds of the
# process, its socket, its log's tail, the panes (from `wezterm cli list`, only when asked: polling it
# often is known to upset busy muxes), every process with its tty, and the host's load and memory.
probe=$1 lines=$2
mux_runtime_dir
[ -S "$rt/sock" ] && rec sock 1
mux_unit
[ -f "$unit" ] && rec unit "$unit"
if mux_pid "$rt"; then
  pid=$mpid
  rec mux.pid "$pid"
  rec mux.stat "$(cat "/proc/$pid/stat")"
  rec mux.rss "$(grep '^VmRSS:' "/proc/$pid/status")"
  rec mux.fds "$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)"
  log="$rt/wezterm-mux-server-log-$pid.txt"
  [ -f "$log" ] && rec log.tail "$(tail -n "$lines" "$log")"
  if [ "$probe" = 1 ]; then
    if ! command -v wezterm >/dev/null 2>&1; then
      rec panes.error "the wezterm CLI is not installed"
    elif out=$(WEZTERM_UNIX_SOCKET="$rt/sock" timeout 10 wezterm cli --no-auto-start --prefer-mux list --format json 2>&1); then
      rec panes "$out"
    else
      rec panes.error "$(printf '%s' "$out" | tail -n 3)"
    fi
  fi
fi
rec uptime "$(cat /proc/uptime)"
rec clk "$(getconf CLK_TCK 2>/dev/null || echo 100)"
rec loadavg "$(cat /proc/loadavg)"
rec cores "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
rec meminfo "$(grep -E '^(MemTotal|MemAvailable):' /proc/meminfo)"
rec ps "$(ps -e -o pid=,ppid=,pgid=,sid=,tty=,args= 2>/dev/null)"
exit 0
