# lib/reload.sh: The proof that the running mux loaded a block (block.ts's hashInMarker reads the line it finds).
# needs: records
# Reads the mux log from byte OFFSET+1 for up to LIMIT tenths of a second, until it shows the marker of
# block HASH (the config was evaluated) or a config error (the mux kept its previous values); records
# `reload` loaded|failed|timeout, the marker's whole line as `reload.line` (block.ts's hashInMarker,
# the one parser of this proof, checks it) and `reload.error`. A marker line is a whole log line whose
# message is `lua: ` and the marker (markerText): a line that only quotes it proves nothing.
wait_reload() {
  _log=$1 _offset=$2 _hash=$3 _limit=$4 _waited=0 _nl='
'
  _mark=" > lua: wezfleet: managed block $_hash loaded$_nl"
  while :; do
    # The mux reloads 200 ms after a change: look after that, then every 250 ms (few processes each).
    sleep 0.25
    _waited=$((_waited + 2))
    _new=$_nl$(tail -c +"$((_offset + 1))" "$_log" 2>/dev/null; printf x)
    _new=${_new%x}
    case "$_new" in *"$_mark"*)
      _l=${_new%%"$_mark"*}
      rec reload loaded
      rec reload.line "${_l##*"$_nl"}${_mark%"$_nl"}"
      return 0
      ;;
    esac
    case "$_new" in *ERROR*)
      # A config error as the mux logs it (log-lines.ts's isConfigError).
      _err=$(printf '%s\n' "$_new" | grep -E '^[0-9:.TZ-]+ +ERROR ' | grep -iE 'Configuration Error|config' | tail -n 1)
      if [ -n "$_err" ]; then rec reload failed; rec reload.error "$_err"; return 0; fi
      ;;
    esac
    [ "$_waited" -ge "$_limit" ] && { rec reload timeout; return 0; }
  done
}
