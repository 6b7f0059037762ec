# Usage: rescue-install.sh PACKAGE_MANAGER
# Installs reptyr and tmux with the host's package manager, without a question (rescue --install).
# needs: records
case $1 in
  apt-get) DEBIAN_FRONTEND=noninteractive apt-get install -y -q reptyr tmux ;;
  dnf | yum | zypper) "$1" install -y reptyr tmux ;;
  pacman) pacman -S --noconfirm --needed reptyr tmux ;;
  apk) apk add reptyr tmux ;;
  *) fail "no known package manager to install reptyr and tmux with" ;;
esac > /dev/null 2>&1 || fail "$1 could not install reptyr and tmux"
exit 0
