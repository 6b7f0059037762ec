import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import type { LogLevel } from '../log/audit.js';
import { parseProfileText, parseRamText, parseSetFlags } from '../profile/overrides.js';
import type { AnchorTier } from '../profile/anchors.js';
import type { SettingOverrides } from '../profile/overrides.js';

export interface CommonFlags {
  json?: boolean;
  logLevel: LogLevel;
  verbose?: boolean;
  timeout: string;
  concurrency: string;
  inventory?: string;
  limit?: string[];
}

export interface ProfileFlags {
  ram?: string;
  profile?: string;
  set: string[];
  config?: string;
}

export interface WriteFlags {
  yes?: boolean;
  keepBackups: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('-i, --inventory <file>', 'inventory of hosts (default ./inventory.yaml, then ~/.config/wezfleet/inventory.yaml; none: this machine)')
    .option('-l, --limit <pattern>', 'only these hosts: names, globs, tag:x, group:y, !exclusion (repeatable)', collect)
    .option('--json', 'print the machine-readable result on stdout instead of tables')
    .addOption(new Option('--log-level <level>', 'stderr log level').choices(['silent', 'error', 'warn', 'info', 'debug', 'trace']).default('warn'))
    .option('-v, --verbose', 'same as --log-level info')
    .option('--timeout <seconds>', 'deadline for each command on a host', '30')
    .option('--concurrency <n>', 'hosts worked on at once', '50');
}

export function addProfileOptions(cmd: Command): Command {
  return cmd
    .option('--ram <GiB>', 'compute the profile for this much RAM instead of detecting it')
    .option('--profile <tier>', 'use the guide\'s fixed 64, 128, 256 or 512 GiB profile')
    .option('--set <key=value>', 'override one setting, e.g. scrollback_lines=2000000 (repeatable)', collect, [])
    .option('--config <path>', 'manage this config file instead of the one WezTerm would load');
}

export function addWriteOptions(cmd: Command): Command {
  return cmd
    .option('-y, --yes', 'do not ask for confirmation (required without a terminal)')
    .option('--keep-backups <n>', 'backups kept beside each config', '10');
}

export function positiveInt(text: string, flag: string, min = 1): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min) throw new UsageError(`${flag}: expected a whole number of at least ${min}, got ${JSON.stringify(text)}`);
  return Number(text);
}

export interface ParsedProfileFlags {
  ram?: number;
  profile?: AnchorTier;
  settings: SettingOverrides;
  config?: string;
}

export function parseProfileFlags(f: ProfileFlags): ParsedProfileFlags {
  const out: ParsedProfileFlags = { settings: parseSetFlags(f.set) };
  if (f.ram !== undefined) out.ram = parseRamText(f.ram);
  if (f.profile !== undefined) out.profile = parseProfileText(f.profile);
  if (f.config !== undefined) out.config = f.config;
  return out;
}

export function logLevelOf(f: CommonFlags): LogLevel {
  return f.verbose && (f.logLevel === 'warn' || f.logLevel === 'error' || f.logLevel === 'silent') ? 'info' : f.logLevel;
}
