# Usage: restart-mux.sh OLD_PID|- TERM_WAIT_TENTHS START_WAIT_TENTHS CONFIG_FILE|- [NAME=VALUE ...]
# Restarts the user's mux without matching anything by name: through its systemd user unit where one
# manages it; else SIGTERM to the pid the pid file named (checked again to be a wezterm mux server), a
# wait, SIGKILL if it is still there, then `wezterm-mux-server --daemonize`, detached from this
# session, with the old one's --config-file and config environment (NAME=VALUE). Then waits until
# the new mux answers on its socket, and reports its pid.
# needs: records mux
old=$1 termwait=$2 startwait=$3 cfg=$4
shift 4
mux_runtime_dir
mux_unit
# A zombie group leader is not gone while its other threads run: they still hold the pid file's lock
# and the panes. Gone means no process, or a zombie with no thread but its own.
gone() {
  [ -d "/proc/$1" ] || return 0
  [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" = Z ] && [ "$(ls "/proc/$1/task" 2>/dev/null | wc -l)" -le 1 ]
}
# Whoever still holds the pid file's flock would make the new --daemonize fail ("unable to lock pid file").
pidfile_free() { ! command -v flock >/dev/null 2>&1 || flock -n -x "$rt/pid" true 2>/dev/null; }
is_mux() { case "$(cat "/proc/$1/comm" 2>/dev/null)" in wezterm-mux*) return 0 ;; esac; return 1; }

if [ -f "$unit" ] && command -v systemctl >/dev/null 2>&1; then
  systemctl --user restart wezterm-mux-server >/dev/null 2>&1 || fail "systemctl --user restart wezterm-mux-server failed"
  rec via systemd
else
  if [ "$old" != - ] && is_mux "$old"; then
    kill -TERM "$old" 2>/dev/null
    waited=0
    while ! gone "$old" && [ "$waited" -lt "$termwait" ]; do sleep 0.1; waited=$((waited + 1)); done
    if ! gone "$old" && is_mux "$old"; then
      kill -KILL "$old" 2>/dev/null
      rec killed "$old"
      waited=0
      while ! gone "$old" && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
    fi
    gone "$old" || fail "the old mux (pid $old) did not exit"
    waited=0
    while ! pidfile_free && [ "$waited" -lt "$termwait" ]; do sleep 0.1; waited=$((waited + 1)); done
    pidfile_free || fail "the old mux (pid $old) exited but $rt/pid is still locked after $((termwait / 10))s; nothing was started"
  fi
  command -v wezterm-mux-server >/dev/null 2>&1 || fail "wezterm-mux-server is not on PATH"
  if [ "$cfg" = - ]; then
    env "$@" wezterm-mux-server --daemonize </dev/null >/dev/null 2>&1
  else
    env "$@" wezterm-mux-server --daemonize --config-file "$cfg" </dev/null >/dev/null 2>&1
  fi || fail "wezterm-mux-server --daemonize failed (is another one holding $rt/pid?)"
  rec via direct
fi

# The launcher returns before the socket is bound: ask until the new mux answers.
waited=0
until WEZTERM_UNIX_SOCKET="$rt/sock" timeout 5 wezterm cli --no-auto-start list >/dev/null 2>&1; do
  [ "$waited" -ge "$startwait" ] && fail "the new mux did not answer on $rt/sock within $((startwait / 10))s"
  sleep 0.1
  waited=$((waited + 1))
done
mux_pid "$rt" || fail "the new mux answered but its pid file names no wezterm mux server"
new=$mpid
rec newpid "$new"
exit 0
