# Shared by every wezfleet remote script. Output is NUL-separated key/value records, which survive
# any byte but NUL; a script that sends a file's bytes sends them last, after the key "content".
export LC_ALL=C
rec() { printf '%s\0%s\0' "$1" "$2"; }
fail() { rec wezfleet-error "$1"; exit 3; }
sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum < "$1" | cut -d' ' -f1
  elif command -v shasum >/dev/null 2>&1; then shasum -a 256 < "$1" | cut -d' ' -f1
  else openssl dgst -sha256 -r < "$1" | cut -d' ' -f1
  fi
}
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
  unit=$(mux_unit)
  if [ -f "$unit" ] && command -v systemctl >/dev/null 2>&1; then
    mp=$(systemctl --user show -p MainPID --value wezterm-mux-server 2>/dev/null)
    [ -n "$mp" ] && [ "$mp" != 0 ] && p=$mp
  fi
  [ -n "$p" ] || return 1
  case "$(cat "/proc/$p/comm" 2>/dev/null)" in wezterm-mux*) printf '%s' "$p" ;; *) return 1 ;; esac
}
# The systemd user unit that some hosts run the mux as.
mux_unit() { printf '%s/systemd/user/wezterm-mux-server.service' "${XDG_CONFIG_HOME:-$HOME/.config}"; }
# "MODE UID GID" of a file, with GNU or BSD stat.
stat_of() { stat -c '%a %u %g' -- "$1" 2>/dev/null || stat -f '%Lp %u %g' -- "$1"; }
# Reads the mux log from byte OFFSET+1 for up to LIMIT tenths of a second, until it shows the marker of
# block HASH (the config was evaluated) or a config error (the mux kept its previous values); records
# `reload` loaded|failed|timeout and `reload.error`. The marker's text is block.ts's markerText().
wait_reload() {
  _log=$1 _offset=$2 _hash=$3 _limit=$4 _waited=0
  while :; do
    _new=$(tail -c +"$((_offset + 1))" "$_log" 2>/dev/null)
    case "$_new" in *"wezfleet: managed block $_hash loaded"*) rec reload loaded; return 0 ;; esac
    # A config error as the mux logs it (log-lines.ts's isConfigError).
    _err=$(printf '%s\n' "$_new" | grep -E '^[0-9:.TZ-]+ +ERROR ' | grep -iE 'Configuration Error|config' | tail -n 1)
    if [ -n "$_err" ]; then rec reload failed; rec reload.error "$_err"; return 0; fi
    [ "$_waited" -ge "$_limit" ] && { rec reload timeout; return 0; }
    sleep 0.2
    _waited=$((_waited + 2))
  done
}
