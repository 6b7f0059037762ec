#!/usr/bin/env bash
# What bench/fleet.ts compares against, from Debian's packages: pssh, Ansible, GNU time. Not for CI.
set -euo pipefail
need=()
for pair in parallel-ssh:pssh ansible-playbook:ansible /usr/bin/time:time; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
