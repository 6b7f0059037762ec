# The mux's runtime directory, as WezTerm picks it: $XDG_RUNTIME_DIR/wezterm, else
# ~/.local/share/wezterm. /run/user/UID stands in for XDG_RUNTIME_DIR where sudo cleared it.
mux_runtime_dir() {
  base=${XDG_RUNTIME_DIR:-}
  [ -z "$base" ] && [ -d "/run/user/$(id -u)" ] && base=/run/user/$(id -u)
  if [ -n "$base" ]; then printf '%s/wezterm' "$base"; else printf '%s/.local/share/wezterm' "$HOME"; fi
}
# The running mux's pid, from its pid file (or its systemd user unit), only if that process really is a
# wezterm mux server: a pid is never trusted, and nothing is ever looked up by name.
mux_pid() {
  p=$(tr -cd 0-9 < "$1/pid" 2>/dev/null)
  unit="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user/wezterm-mux-server.service"
  if [ -f "$unit" ] && command -v systemctl >/dev/null 2>&1; then
    mp=$(systemctl --user show -p MainPID --value wezterm-mux-server 2>/dev/null)
    [ -n "$mp" ] && [ "$mp" != 0 ] && p=$mp
  fi
  [ -n "$p" ] || return 1
  case "$(cat "/proc/$p/comm" 2>/dev/null)" in wezterm-mux*) printf '%s' "$p" ;; *) return 1 ;; esac
}
