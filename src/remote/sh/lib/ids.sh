# lib/ids.sh: Who this script runs as, files' mode and owner, and links root must not follow.
# needs: records
# self_ids: myuid and mygid = the effective ids this script runs as (from /proc where it has them).
# (mygid is for the scripts that give a file its owner back; the others set it and never read it.)
# shellcheck disable=SC2034
self_ids() {
  myuid='' mygid=''
  if [ -r /proc/self/status ]; then
    while read -r _k _r _e _; do case $_k in Uid:) myuid=$_e ;; Gid:) mygid=$_e; break ;; esac; done < /proc/self/status
  fi
  [ -n "$myuid" ] || { myuid=$(id -u); mygid=$(id -g); }
}
# stat_of FILE...: "MODE UID GID SIZE" of each file, a line each, with GNU or BSD stat (BSD's only
# when GNU's printed nothing: GNU's -f would print the file system instead).
stat_of() {
  _so=$(stat -c '%a %u %g %s' -- "$@" 2>/dev/null)
  [ -n "$_so" ] || _so=$(stat -f '%Lp %u %g %z' -- "$@" 2>/dev/null)
  printf '%s' "$_so"
}
# foreign_link LINK TARGET: true where wezfleet runs as root and LINK is a symlink that another user
# owns, to a file that user does not own; lu and tu = their uids. Such a link is never followed:
# root, not they, would change whatever they pointed it at. No process unless LINK is a link.
foreign_link() {
  [ -L "$1" ] || return 1
  self_ids
  [ "$myuid" = 0 ] || return 1
  # Split on purpose: the fields become the positional parameters.
  # shellcheck disable=SC2046
  set -- $(stat_of "$1" "$2")
  lu=$2 tu=${6:-?}
  [ "$lu" != 0 ] && [ "$lu" != "$tu" ]
}
