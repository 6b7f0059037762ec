# Usage: wait-reload.sh LOG OFFSET HASH TIMEOUT_TENTHS
# Waits, up to TIMEOUT_TENTHS tenths of a second, for what the mux logs after OFFSET: the marker of
# block HASH (the new config was evaluated), or a config error (the mux kept its previous values).
log=$1 offset=$2 hash=$3 limit=$4
waited=0
while :; do
  new=$(tail -c +"$((offset + 1))" "$log" 2>/dev/null)
  case "$new" in *"wezfleet: managed block $hash loaded"*) rec result loaded; exit 0 ;; esac
  err=$(printf '%s\n' "$new" | grep -E '^[0-9:.TZ-]+ +ERROR ' | grep -iE 'Configuration Error|config' | tail -n 1)
  if [ -n "$err" ]; then
    rec result failed
    rec error "$err"
    exit 0
  fi
  [ "$waited" -ge "$limit" ] && { rec result timeout; exit 0; }
  sleep 0.2
  waited=$((waited + 2))
done
