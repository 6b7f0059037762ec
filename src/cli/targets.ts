import { existsSync } from 'node:fs';
import { TransportError, UnusableHost, UsageError } from '../core/errors.js';
import type { HostSpec } from '../core/host-spec.js';
import { findInventorySource } from '../inventory/find-inventory.js';
import { loadHostList, loadInventory, type Inventory, type InventoryHost } from '../inventory/load-inventory.js';
import { selectHosts } from '../inventory/select-hosts.js';
import type { Target } from '../run/run-hosts.js';
import type { SshContext } from '../ssh/connect.js';
import { connectHost } from '../run/connect-host.js';
import type { TransportChoice } from '../openssh/choose-transport.js';
import { KeyRing } from '../ssh/credentials.js';
import { KnownHostsStore, type HostKeyPolicy } from '../ssh/host-key-policy.js';
import type { SshOverrides } from '../ssh/ssh-config.js';
import { SudoPassword } from '../ssh/sudo.js';
import { LocalTransport } from '../transport/local.js';
import { positiveInt, type CommonFlags } from './options.js';
import { makeSecretPrompt } from './prompt.js';
import { canPrompt } from './confirm.js';

export interface ResolvedTargets {
  inventory?: Inventory;
  hosts: InventoryHost[];
  targets: Target[];
  ssh?: SshContext;
}

export function overridesOf(h: InventoryHost): SshOverrides {
  const o: SshOverrides = {};
  if (h.user) o.user = h.user;
  if (h.port) o.port = h.port;
  if (h.identityFile) o.identityFile = h.identityFile;
  if (h.proxyJump) o.proxyJump = h.proxyJump;
  return o;
}

/** The hosts a command works on: the inventory's selection over SSH, or this machine when there is none. */
export function resolveTargets(flags: CommonFlags): ResolvedTargets {
  const source = findInventorySource(flags.inventory);
  if (!source) {
    if (flags.limit?.length || flags.patterns?.length)
      throw new UsageError(
        `${flags.limit?.length ? '--limit' : `host pattern ${flags.patterns!.join(' ')}`} needs an inventory (-i FILE, -i HOST,HOST, ./inventory.yaml or ~/.config/wezfleet/inventory.yaml)`,
      );
    const spec: HostSpec = { name: 'localhost' };
    return { hosts: [], targets: [{ spec, connect: () => Promise.resolve(new LocalTransport()) }] };
  }
  const inventory = source.kind === 'path' ? loadInventory(source.path) : loadHostList(source.text, source.single);
  const hosts = selectHosts(inventory, { patterns: flags.patterns ?? [], limits: flags.limit ?? [] });
  const prompt = makeSecretPrompt();
  const sshConfig = flags.sshConfig ?? inventory.sshConfig;
  if (sshConfig && !existsSync(sshConfig)) throw new UsageError(`ssh config ${sshConfig} does not exist`);
  const ssh: SshContext = {
    policy: flags.hostKeyPolicy as HostKeyPolicy,
    knownHosts: new KnownHostsStore(),
    keys: new KeyRing(prompt),
    sshConfig: sshConfig ? { configFile: sshConfig } : {},
    ...(flags.connectTimeout === undefined ? {} : { connectTimeoutMs: positiveInt(flags.connectTimeout, '--connect-timeout') * 1000 }),
    keepaliveMs: 15_000,
    interactive: canPrompt(),
    retries: positiveInt(flags.retries, '--retries', 0),
  };
  const sudoPassword = new SudoPassword(prompt);
  const targets = hosts.map((h): Target => ({
    spec: h,
    connect: async (signal) => {
      if (h.unusable) throw new UnusableHost(h.unusable);
      if (h.identityFile && !existsSync(h.identityFile)) {
        throw new TransportError('auth', `identity_file ${h.identityFile} does not exist on this machine`);
      }
      const sudo = h.sudoUser ? { password: sudoPassword, user: h.sudoUser } : { password: sudoPassword };
      const asked = (flags.transport ?? h.transport ?? 'auto') as TransportChoice;
      return connectHost(h.name, h.address, overridesOf(h), asked, ssh, sudo, signal);
    },
  }));
  return { inventory, hosts, targets, ssh };
}
