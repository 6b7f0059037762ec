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
import { KnownHostsStore } from '../ssh/host-key-policy.js';
import type { SshOverrides } from '../ssh/ssh-config.js';
import { SudoPassword } from '../ssh/sudo.js';
import { LocalTransport } from '../transport/local.js';
import type { CommonFlags } from './options.js';
import { beatsHostValue, settingForHost, sourceLabel, type SettingSource } from '../defaults/merge-settings.js';
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

/** A missing file's message, saying which setting named it when no flag did. */
function sayWhere<T>(source: SettingSource, find: () => T): T {
  try {
    return find();
  } catch (err) {
    if (err instanceof UsageError && source.from !== 'flag')
      throw new UsageError(`${err.message} (set by ${sourceLabel(source)})`, err.issues);
    throw err;
  }
}

/** The hosts a command works on: the inventory's selection over SSH, or this machine when there is none. */
export function resolveTargets(flags: CommonFlags): ResolvedTargets {
  const s = flags.settings;
  const source = sayWhere(s.inventory.source, () => findInventorySource(s.inventory.value));
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
  // What was typed for this run beats the inventory's; the config file's standing default does not.
  const sshConfig = settingForHost(s.ssh_config, inventory.sshConfig);
  if (sshConfig && !existsSync(sshConfig)) {
    const named = sshConfig === s.ssh_config.value && s.ssh_config.source.from !== 'flag';
    throw new UsageError(`ssh config ${sshConfig} does not exist${named ? ` (set by ${sourceLabel(s.ssh_config.source)})` : ''}`);
  }
  const connectTimeout = s.connect_timeout.value === undefined ? undefined : s.connect_timeout.value * 1000;
  const ssh: SshContext = {
    policy: s.host_key_policy.value,
    knownHosts: new KnownHostsStore(),
    keys: new KeyRing(prompt),
    sshConfig: sshConfig ? { configFile: sshConfig } : {},
    ...(connectTimeout === undefined
      ? {}
      : beatsHostValue(s.connect_timeout.source)
        ? { connectTimeoutMs: connectTimeout }
        : { fallbackConnectTimeoutMs: connectTimeout }),
    keepaliveMs: 15_000,
    interactive: canPrompt(),
    retries: s.retries.value,
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
      const asked: TransportChoice = settingForHost(s.transport, h.transport) ?? 'auto';
      return connectHost(h.name, h.address, overridesOf(h), asked, ssh, sudo, signal);
    },
  }));
  return { inventory, hosts, targets, ssh };
}
