# Usage: rescue-scan.sh YAMA_PATH TMUX_SESSION [PTRACE_STATE_FILE]
# What a rescue must know before it touches anything, read from /proc (a hung mux does not answer its
# socket, so it is not asked): the mux by its pid file; the pty masters it holds (fdinfo's
# tty-index); every process with its session, tty and start time, and the command line of those on
# a tty; reptyr, tmux and the package manager; ptrace_scope; the rescue session's windows.
# needs: records ids mux
yama=$1 session=$2 ptrace_state=${3:-}
self_ids
rec uid "$myuid"
mux_runtime_dir
rec rescue.dir "$rt"
if mux_pid "$rt"; then
  rec mux.pid "$mpid"
  for fi in "/proc/$mpid/fdinfo"/*; do
    while read -r k v; do case $k in tty-index:) rec mux.pty "${fi##*/} $v"; break ;; esac; done 2>/dev/null < "$fi"
  done
fi
for d in /proc/[0-9]*; do
  read -r st 2>/dev/null < "$d/stat" || continue
  pid=${d#/proc/}
  rest=${st##*) }
  set -f
  # shellcheck disable=SC2086
  set -- $rest
  set +f
  # state ppid pgrp session tty_nr ... starttime (the 20th after the command name)
  rec proc "$pid $2 $3 $4 $5 ${20}"
  if [ "$5" != 0 ]; then
    args=$(tr '\0' ' ' < "$d/cmdline" 2>/dev/null)
    rec args "$pid $args"
  fi
done
for tool in reptyr tmux; do command -v "$tool" >/dev/null 2>&1 && rec tool "$tool"; done
for pm in apt-get dnf yum zypper pacman apk; do command -v "$pm" >/dev/null 2>&1 && { rec pkg "$pm"; break; }; done
scope=''
[ -r "$yama" ] && read -r scope < "$yama"
rec yama "${scope:-absent}"
# A value an earlier rescue lowered and did not put back (its session was cut): restore it now.
if [ -n "$ptrace_state" ] && [ -r "$ptrace_state" ] && read -r saved < "$ptrace_state"; then rec yama.saved "$saved"; fi
if command -v tmux >/dev/null 2>&1 && tmux has-session -t "=$session" 2>/dev/null; then
  rec tmux.windows "$(tmux list-windows -t "=$session" -F '#{window_index} #{window_name} #{pane_pid} #{pane_dead} #{@wezfleet-start}' 2>/dev/null)"
fi
exit 0
