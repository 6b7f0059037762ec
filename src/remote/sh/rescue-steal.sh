# Usage: rescue-steal.sh SESSION WAIT_TENTHS PTRACE_PATH PTRACE_STATE LOCK_NAME [PID START PTY NAME]...
# Moves each agent's pty out of the mux into its own window of tmux session SESSION, one at a time
# (reptyr ptrace-attaches the mux; two at once race): the window runs `reptyr -T PID` as its own
# command and stays open when reptyr exits, so its message stays readable. Each steal is verified by
# facts within WAIT_TENTHS: the agent alive with the same start time, the window's reptyr holding the
# pty's master, the mux no longer holding it. Records `result` "PID rescued WINDOW" or
# "PID failed REASON" per agent. A lock (LOCK_NAME in the mux's runtime directory) keeps two rescues
# of one host from stealing at once.
# The moves run detached from this session, writing their records to a file on the host that this
# script waits for and hands over: a cut connection or a Ctrl-C stops nothing half-way, the moves go
# on to the end, and the ptrace_scope the rescue saved is put back when they end (where it can be
# written, as root; else the client does, or the next rescue).
# needs: records mux ptrace
session=$1 wait=$2 ptrace_path=$3 ptrace_state=$4
mux_runtime_dir
lock="$rt/$5"
shift 5
mkdir -p "$rt" 2>/dev/null
record="$rt/wezfleet-rescue.record"

steal_all() {
  mux_pid "$rt" || mpid=''
  if command -v flock >/dev/null 2>&1; then
    { command exec 9> "$lock"; } 2>/dev/null || { _e=$( (: >> "$lock") 2>&1); io_fail "cannot open the rescue lock in $rt" "$_e" "no agent was moved"; }
    flock -n 9 || fail "another wezfleet rescue is running on this host; wait for it, then run again"
  fi
  command -v tmux >/dev/null 2>&1 && command -v reptyr >/dev/null 2>&1 || fail "reptyr and tmux are needed"
  # tmux without the lock's fd: its server (and the reptyr it starts) outlive this script and must not
  # keep the host locked.
  tm() { tmux "$@" 9>&-; }
  if ! tm has-session -t "=$session" 2>/dev/null; then
    tm new-session -d -s "$session" -x 200 -y 50 -n wezfleet-rescue || fail "cannot create the tmux session $session"
  fi

  # holds PID PTY: does PID hold the master of /dev/pts/PTY?
  holds() {
    for _fi in "/proc/$1/fdinfo"/*; do
      while read -r _k _v; do [ "$_k" = tty-index: ] && [ "$_v" = "$2" ] && return 0; done 2> /dev/null < "$_fi"
    done
    return 1
  }

  while [ $# -ge 4 ]; do
    pid=$1 start=$2 pty=$3 name=$4
    shift 4
    start_of "$pid"
    if [ "$started" != "$start" ]; then rec result "$pid failed the agent is gone (pid $pid ended or was reused)"; continue; fi
    win="$name-$pid"
    # One tmux command list: the window is set to stay open before reptyr can exit.
    rpid=$(tm new-window -d -P -F '#{pane_pid}' -t "=$session:" -n "$win" reptyr -T "$pid" ';' \
      set-option -w -t "=$session:$win" remain-on-exit on ';' set-option -w -t "=$session:$win" @wezfleet-start "$start") ||
      { rec result "$pid failed tmux could not open a window"; continue; }
    rpid=${rpid%%[!0-9]*}
    waited=0 ok=''
    while [ "$waited" -le "$wait" ]; do
      start_of "$pid"
      if [ "$started" = "$start" ] && holds "$rpid" "$pty" && { [ -z "$mpid" ] || ! holds "$mpid" "$pty"; }; then ok=1; break; fi
      [ -d "/proc/$rpid" ] || [ "$started" != "$start" ] && [ "$waited" -ge 5 ] && break
      sleep 0.1
      waited=$((waited + 1))
    done
    if [ -n "$ok" ]; then
      rec result "$pid rescued $win"
    else
      start_of "$pid"
      why=$(tm capture-pane -p -t "=$session:$win" 2> /dev/null | grep -v '^$' | tail -n 2 | tr '\n' ' ')
      if [ "$started" != "$start" ]; then why="the agent died during the steal. $why"; fi
      rec result "$pid failed ${why:-reptyr did not take the pty within $((wait / 10))s}"
    fi
  done

}

if command -v flock >/dev/null 2>&1 && [ -e "$lock" ] && ! flock -n "$lock" true; then
  fail "another wezfleet rescue is running on this host; wait for it, then run again"
fi
rm -f -- "$record" "$record.done"
# The moves report into this file (a full or read-only runtime folder is said so, not waited out).
_e=$( (: > "$record") 2>&1) || io_fail "cannot write the rescue's record in $rt" "$_e" "no agent was moved"
(
  trap '' HUP INT PIPE
  trap 'ptrace_restore "$ptrace_path" "$ptrace_state" >/dev/null 2>&1; : > "$record.done"' EXIT
  steal_all "$@"
) > "$record" 2> /dev/null < /dev/null &
# Every wait has a deadline: each move's own, and some for tmux and the lock.
limit=$(($# / 4 * (wait + 30) + 300)) waited=0
while [ ! -e "$record.done" ]; do
  [ "$waited" -ge "$limit" ] && fail "the moves did not finish within $((limit / 10))s; their record is $record"
  sleep 0.1
  waited=$((waited + 1))
done
cat -- "$record"
case $(tr -d '\000' < "$record") in *wezfleet-error*) exit 3 ;; esac
exit 0
