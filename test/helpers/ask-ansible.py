"""
Asks Ansible's own code, in one process, what `ansible PATTERN -i INVENTORY --list-hosts [--limit
LIMIT]` lists and how each host's address, port and user template out: each `ansible` run costs a
second or more, and the inventory tests ask hundreds of questions. The host lists come from
CLI.get_host_list, the function `ansible --list-hosts` itself calls; test/helpers/ansible.ts checks
a few answers against the `ansible` command.

stdin:  {"inventory": PATH, "queries": [[PATTERN, LIMIT or null], ...]}
stdout: {"queries": [{"hosts": [...], "ignored": bool} or {"error": TEXT}, ...],
         "connections": {HOST: {"address", "port", "user"} or {"error": TEXT}}}
"""
import json
import sys

from ansible.cli import CLI
from ansible.errors import AnsibleError
from ansible.inventory.manager import InventoryManager
from ansible.parsing.dataloader import DataLoader
from ansible.template import Templar
from ansible.utils.display import Display
from ansible.vars.manager import VariableManager

warnings = []
Display.warning = lambda self, msg, formatted=False: warnings.append(msg)

request = json.load(sys.stdin)
loader = DataLoader()
inventory = InventoryManager(loader=loader, sources=[request["inventory"]])
answers = []
for pattern, limit in request["queries"]:
    del warnings[:]
    # A cached pattern does not warn again: each question starts afresh, as each `ansible` run does.
    inventory.clear_caches()
    try:
        hosts = CLI.get_host_list(inventory, limit, pattern)
        ignored = any("Could not match supplied host pattern" in w for w in warnings)
        answers.append({"hosts": [str(h) for h in hosts], "ignored": ignored})
    except AnsibleError as e:
        answers.append({"error": str(e)})

inventory.subset(None)
variables = VariableManager(loader=loader, inventory=inventory)
connections = {}
# As Ansible's ssh plugin takes them: the legacy ansible_ssh_* name wins where both are set.
NAMES = {"address": ["ansible_ssh_host", "ansible_host"], "port": ["ansible_ssh_port", "ansible_port"], "user": ["ansible_ssh_user", "ansible_user"]}
for host in inventory.get_hosts():
    hostvars = variables.get_vars(host=host, include_hostvars=False)
    templar = Templar(loader=loader, variables=hostvars)
    try:
        c = {}
        for field, names in NAMES.items():
            name = next((n for n in names if hostvars.get(n) is not None), None)
            c[field] = None if name is None else templar.template(hostvars[name])
        c["address"] = c["address"] or host.name
        c["port"] = None if c["port"] is None else int(c["port"])
        c["user"] = None if c["user"] is None else str(c["user"])
        connections[host.name] = c
    except Exception as e:  # an undefined variable, a failing filter: Ansible fails this host
        connections[host.name] = {"error": str(e)}

json.dump({"queries": answers, "connections": connections}, sys.stdout)
