#!/bin/sh
# Runs inside a test host's fresh mount, PID, UTS and IPC namespaces (as the child of its init): gives
# the host its own homes, /etc identity, /run, /tmp, memory and ptys, then runs its sshd.
# Usage: host-setup.sh STATE_DIR HOSTNAME
set -eu
S=$1
hostname "$2"

mount --bind "$S/root" /root
mount --bind "$S/home" /home
mount --bind "$S/etc-ssh" /etc/ssh
for f in passwd group shadow gshadow hostname hosts; do mount --bind "$S/etc/$f" "/etc/$f"; done
mount --bind "$S/sudoers.d" /etc/sudoers.d
mount --bind "$S/var-log" /var/log

mount -t tmpfs -o mode=755 tmpfs /run
mkdir -p /run/sshd /run/user/0 /run/user/4242 /run/user/4243
chmod 755 /run/sshd
chmod 700 /run/user/0 /run/user/4242 /run/user/4243
chown 4242:4242 /run/user/4242
chown 4243:4243 /run/user/4243

mount --bind "$S/meminfo" /proc/meminfo
if [ -d "$S/sysmem" ]; then
  mount --bind "$S/sysmem" /sys/devices/system/memory
else
  mount -t tmpfs -o mode=755 tmpfs /sys/devices/system/memory
fi

mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts /dev/pts
mount --bind /dev/pts/ptmx /dev/ptmx

# WezTerm stand-ins and fake agents where a real install would put them.
[ -d "$S/usr-local-bin" ] && mount --bind "$S/usr-local-bin" /usr/local/bin

# Extra per-host setup (stand-ins for WezTerm and the agents) before /tmp is hidden.
[ -x "$S/extra-setup.sh" ] && "$S/extra-setup.sh" "$S"

mount --bind "$S/tmp" /tmp
exec /usr/sbin/sshd -D -e -f /etc/ssh/sshd_config 2>>"$S/sshd.log"
