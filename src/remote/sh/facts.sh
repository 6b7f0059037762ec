# Facts about a host in one round trip: identity, memory sources, the mux's pid and environment.
rec os "$(uname -s 2>/dev/null)"
rec hostname "$(uname -n 2>/dev/null)"
rec user "$(id -un 2>/dev/null)"
rec uid "$(id -u)"
rec home "$HOME"
[ -n "${WEZTERM_CONFIG_FILE+x}" ] && rec env.WEZTERM_CONFIG_FILE "$WEZTERM_CONFIG_FILE"
[ -n "${XDG_CONFIG_HOME+x}" ] && rec env.XDG_CONFIG_HOME "$XDG_CONFIG_HOME"
[ -n "${XDG_CONFIG_DIRS+x}" ] && rec env.XDG_CONFIG_DIRS "$XDG_CONFIG_DIRS"
[ -n "${XDG_RUNTIME_DIR+x}" ] && rec env.XDG_RUNTIME_DIR "$XDG_RUNTIME_DIR"
if command -v lsmem >/dev/null 2>&1 && out=$(lsmem -b --summary=only 2>/dev/null); then rec lsmem "$out"; fi
d=/sys/devices/system/memory
if [ -r "$d/block_size_bytes" ]; then
  rec sysfs.block "$(cat "$d/block_size_bytes")"
  rec sysfs.online "$(cat "$d"/memory*/state 2>/dev/null | grep -c '^online$')"
fi
[ -r /proc/meminfo ] && rec meminfo "$(cat /proc/meminfo)"
[ "$(uname -s)" = Darwin ] && rec sysctl "$(sysctl -n hw.memsize 2>/dev/null)"
rt=$(mux_runtime_dir)
if pid=$(mux_pid "$rt"); then
  rec mux.pid "$pid"
  rec mux.cmdline "$(tr '\0' '\001' < "/proc/$pid/cmdline")"
  rec mux.environ "$(tr '\0' '\001' < "/proc/$pid/environ" 2>/dev/null)"
  log="$rt/wezterm-mux-server-log-$pid.txt"
  [ -f "$log" ] && { rec mux.log "$log"; rec mux.logsize "$(wc -c < "$log")"; }
fi
exit 0
