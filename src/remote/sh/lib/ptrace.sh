# lib/ptrace.sh: Putting back a ptrace_scope a rescue lowered.
# needs: records
# ptrace_restore SYSCTL_PATH STATE_FILE: puts back the ptrace_scope a rescue saved before lowering it
# (records `restored`), then forgets it. Fails only when the value cannot be written.
ptrace_restore() {
  _saved=''
  [ -r "$2" ] && read -r _saved < "$2"
  [ -n "$_saved" ] || return 0
  _now=''
  [ -r "$1" ] && read -r _now < "$1"
  if [ "$_now" != "$_saved" ]; then
    printf '%s\n' "$_saved" 2>/dev/null > "$1" || return 1
    rec restored "$_saved"
  fi
  rm -f -- "$2"
}
