# Usage: ptrace-scope.sh SYSCTL_PATH STATE_FILE get|lower|restore [LOCK_FILE WAIT_SECONDS]
# Yama's ptrace_scope, handled for a rescue (reptyr attaches with ptrace) and put back afterwards:
#   get      records `scope` (absent: no Yama, so ptrace is allowed as usual) and any `saved` value;
#   lower    where the scope is 1 or 2, saves it in STATE_FILE (before changing anything) and writes 0;
#            3 cannot be lowered before a reboot and is refused;
#   restore  writes back the saved value, whatever happened in between, then forgets it; first it
#            waits (up to WAIT_SECONDS) for the rescue holding LOCK_FILE to end its moves, which go on
#            after a Ctrl-C and would fail half-way if ptrace were shut under them.
# The path is an argument so that this logic is tested against a plain file (Yama is not in every
# kernel). STATE_FILE outlives a cut SSH session: a second run restores from it.
# needs: records ptrace
path=$1 state=$2 action=$3 lock=${4:-} lock_wait=${5:-0}
current=''
[ -r "$path" ] && read -r current < "$path"
saved=''
[ -r "$state" ] && read -r saved < "$state"
[ -n "$current" ] && rec scope "$current" || rec scope absent
[ -n "$saved" ] && rec saved "$saved"
case $action in
  get) ;;
  lower)
    [ -n "$current" ] || exit 0
    case $current in
      0) ;;
      1 | 2)
        # Saved first: if anything below fails or the session is cut, restore still knows the value.
        if [ -z "$saved" ]; then
          _e=$({ printf '%s\n' "$current" > "$state.tmp" && mv -f "$state.tmp" "$state"; } 2>&1) ||
            io_fail "cannot record ptrace_scope in $state" "$_e" "ptrace_scope was not lowered"
        fi
        printf '0\n' > "$path" 2>/dev/null || fail "cannot lower $path from $current to 0 (needs root: set sudo: true for this host)"
        rec lowered "$current"
        ;;
      3) fail "kernel.yama.ptrace_scope is 3 (no ptrace at all); it cannot be lowered before a reboot, so reptyr cannot take the agents" ;;
      *) fail "unexpected ptrace_scope value $current in $path" ;;
    esac
    ;;
  restore)
    if [ -n "$lock" ] && [ -e "$lock" ] && command -v flock >/dev/null 2>&1; then
      flock -w "$lock_wait" "$lock" true || rec unwaited "the moves still hold $lock after ${lock_wait}s"
    fi
    ptrace_restore "$path" "$state" || fail "cannot restore $path to $saved (needs root)" ;;
  *) fail "unknown action $action" ;;
esac
exit 0
