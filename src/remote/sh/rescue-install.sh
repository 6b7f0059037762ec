# Usage: rescue-install.sh COMMAND... [-- COMMAND...]
# Installs reptyr and tmux (rescue --install): runs each command rescue-install.ts's table gives for
# the host's package manager, in turn, without a question.
# needs: records
while [ $# -gt 0 ]; do
  # This command's words are the arguments up to the next --: "$1" ... "$n", which eval expands
  # itself (the words are never part of the text it evaluates).
  n=0 cmd=''
  for a; do
    [ "$a" = -- ] && break
    n=$((n + 1))
    cmd="$cmd \"\${$n}\""
  done
  first=$1
  eval "$cmd" > /dev/null 2>&1 || fail "$first could not install reptyr and tmux"
  shift "$n"
  [ "${1:-}" = -- ] && shift
done
exit 0
