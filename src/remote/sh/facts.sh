# Usage: facts.sh CONFIG_OVERRIDE|- [PANES(0|1) LOG_LINES PTRACE_STATE]
# What plan, status, restore and restart need from a host, in one round trip and with few processes
# (shell builtins where they will do): identity, memory, the running mux's pid, command line and
# environment; with PANES, the mux probe (mux_probe); last, the config WezTerm has in effect, found
# in the mux's environment (else the login's) in WezTerm's order (locate-config.ts's
# configCandidates, which checks this list) and read.
# needs: records ids mux config
override=${1:--}
[ "$override" = - ] && override=''
probe=${2:-} lines=${3:-0} pstate=${4:-}
uid=''
while read -r _k _v _; do case $_k in Uid:) uid=$_v; break ;; esac; done < /proc/self/status
if [ -n "$uid" ]; then
  read -r os < /proc/sys/kernel/ostype
  read -r hostname < /proc/sys/kernel/hostname
else
  uid=$(id -u) os=$(uname -s) hostname=$(uname -n)
fi
rec os "$os"
rec hostname "$hostname"
rec user "${USER:-$(id -un)}"
rec uid "$uid"
rec home "$HOME"
[ -n "${WEZTERM_CONFIG_FILE+x}" ] && rec env.WEZTERM_CONFIG_FILE "$WEZTERM_CONFIG_FILE"
[ -n "${XDG_CONFIG_HOME+x}" ] && rec env.XDG_CONFIG_HOME "$XDG_CONFIG_HOME"
[ -n "${XDG_CONFIG_DIRS+x}" ] && rec env.XDG_CONFIG_DIRS "$XDG_CONFIG_DIRS"
[ -n "${XDG_RUNTIME_DIR+x}" ] && rec env.XDG_RUNTIME_DIR "$XDG_RUNTIME_DIR"

# RAM: the first source that answers is the one used (parse-ram.ts), so stop at it. The online
# memory blocks in sysfs are what lsmem adds up; counted here with builtins, they cost no process.
# The shell reads a byte per system call: each block's `online` ("1") is read rather than its
# `state` ("online", what lsmem reads), which is read only where `online` is missing.
d=/sys/devices/system/memory online=0
if [ -r "$d/block_size_bytes" ]; then
  read -r block < "$d/block_size_bytes"
  for f in "$d"/memory*; do
    read -r _st < "$f/online" || { read -r _st < "$f/state" && [ "$_st" = online ] && _st=1; }
    [ "$_st" = 1 ] && online=$((online + 1))
  done 2>/dev/null
fi
if [ "$online" -gt 0 ]; then
  rec sysfs.block "$block"
  rec sysfs.online "$online"
elif command -v lsmem >/dev/null 2>&1 && out=$(lsmem -b --summary=only 2>/dev/null); then
  rec lsmem "$out"
elif [ "$os" = Darwin ]; then
  rec sysctl "$(sysctl -n hw.memsize 2>/dev/null)"
fi
# Of /proc/meminfo only what is used, MemTotal and MemAvailable (lines 1 and 3), and no further
# than MemAvailable: the shell reads a byte per system call.
if [ -r /proc/meminfo ]; then
  printf 'meminfo\0'
  while IFS='' read -r line; do
    case $line in
      MemTotal:*) printf '%s\n' "$line" ;;
      MemAvailable:*) printf '%s\n' "$line" && break ;;
    esac
  done < /proc/meminfo
  printf '\0'
fi

# The environment the config is looked up in: the running mux's own, else this login's.
H=$HOME W=${WEZTERM_CONFIG_FILE:-} X=${XDG_CONFIG_HOME:-} D=${XDG_CONFIG_DIRS:-} C=''
mux_runtime_dir
mpid=''
if mux_pid "$rt"; then
  pid=$mpid
  rec mux.pid "$pid"
  # Its command line matters only for --config-file, and splitting it costs a process (tr). The
  # shell's read sees it whole but joined (dash and bash drop NULs), so tr runs only where the option
  # is there, or where this shell's read stops at a NUL instead (as it then reads its own command
  # line: just "sh", "dash"...).
  cmdline='' _self='' _cl=''
  { read -r _self < "/proc/$$/cmdline"; read -r _cl < "/proc/$pid/cmdline"; } 2>/dev/null
  case $_self:$_cl in *sh:* | *--config-file*) cmdline=$(tr '\0' '\001' < "/proc/$pid/cmdline") ;; esac
  environ=$(tr '\0' '\001' < "/proc/$pid/environ" 2>/dev/null)
  rec mux.cmdline "$cmdline"
  rec mux.environ "$environ"
  log="$rt/wezterm-mux-server-log-$pid.txt"
  # Where the reload marker will be; the write measures it, just before it renames.
  [ -f "$log" ] && rec mux.log "$log"
  soh=$(printf '\001')
  W='' X='' D=''
  set -f
  oldifs=$IFS IFS=$soh
  for kv in $environ; do
    case $kv in
      HOME=?*) H=${kv#HOME=} ;;
      WEZTERM_CONFIG_FILE=*) W=${kv#*=} ;;
      XDG_CONFIG_HOME=*) X=${kv#*=} ;;
      XDG_CONFIG_DIRS=*) D=${kv#*=} ;;
    esac
  done
  next=''
  for a in $cmdline; do
    [ -n "$next" ] && { C=$a; break; }
    case $a in --config-file) next=1 ;; --config-file=*) C=${a#--config-file=}; break ;; esac
  done
  IFS=$oldifs
  set +f
fi
[ -n "$probe" ] && mux_probe "$probe" "$lines" "$pstate"
# abs PATH: sets `a` to PATH made absolute against the home directory (no subshell).
# The quoted ~ is meant: a literal ~ in a path the host was given, expanded here against H.
# shellcheck disable=SC2088
abs() { case $1 in '~') a=$H ;; '~/'*) a=$H/${1#'~/'} ;; /*) a=$1 ;; *) a=$H/$1 ;; esac; }
case $X in '') X=$H/.config ;; *) abs "$X" && X=$a ;; esac
e=''
if [ -n "$override" ]; then abs "$override" && e=$a
elif [ -n "$C" ]; then abs "$C" && e=$a
elif [ -n "$W" ]; then abs "$W" && e=$a
fi
if [ -n "$e" ]; then set -- "$e"
else
  set -- "$H/.wezterm.lua" "$X/wezterm/wezterm.lua"
  set -f
  oldifs=$IFS IFS=:
  for dir in $D; do case $dir in /*) set -- "$@" "$dir/wezterm/wezterm.lua" ;; esac; done
  IFS=$oldifs
  set +f
fi
# The folders the config can require modules from: package.path as WezTerm sets it, and the folder
# of a config named outright (locate-config.ts's moduleDirs, which checks this list).
set -- "$@" -- "$X/wezterm" "$H/.wezterm"
set -f
oldifs=$IFS IFS=:
for dir in $D; do case $dir in /*) set -- "$@" "$dir/wezterm" ;; esac; done
IFS=$oldifs
set +f
if [ -n "$e" ]; then
  ed=${e%/*}
  case $ed in '' | "$H" | "$X/wezterm" | "$H/.wezterm") ;; *) set -- "$@" "$ed" ;; esac
fi
read_config "$@"
# In a two-step run (two-step-wait.sh), the write follows in this same shell.
[ -n "${wezfleet_two_step:-}" ] || exit 0
