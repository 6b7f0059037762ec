import { driftOf, managedBlockOf } from '../config/drift.js';
import { findAgents, type AgentPattern, type PaneAgent } from '../mux/agents.js';
import { hintsFor } from '../mux/hints.js';
import { configEvents, type LogLine } from '../mux/log-lines.js';
import { factsOf, readConfigInEffect } from './config-in-effect.js';
import { SETTING_SPECS } from '../core/settings.js';
import type { Transport } from '../transport/transport.js';
import type { HostSpec, RunOptions } from './context.js';
import type { OkStatus } from '../core/outcome.js';
import { resolveProfile } from './resolve-profile.js';
import { decodeText } from '../config/text-encoding.js';
import { unreadReason } from './config-unread.js';
import type { MuxProbe } from '../remote/mux-probe.js';
import { checkOf, failureText, type ConfigCheck } from '../config/verify-config.js';
import { DEFAULT_LIMITS } from '../lua/engine.js';
import { checkOptions } from './check-options.js';

/** Bytes each pane's scrollback ring reserves per line slot when the pane is created. */
const BYTES_PER_SCROLLBACK_LINE = 136;

export type ConfigStateName = 'in sync' | 'drifted' | 'unmanaged' | 'no config' | 'unreadable' | 'fails to load' | 'reload failed';

export interface StatusOptions {
  agentPatterns: AgentPattern[];
  /** Warn when panes x scrollback_lines x 136 bytes passes this share of RAM. */
  scrollbackWarnShare: number;
}

export interface StatusDetail {
  mux:
    | { running: false }
    | { running: true; pid: number; uptimeSeconds: number; rssKb: number; fds: number; managedBy: 'systemd' | 'pid file' };
  socket: boolean;
  panes?: number;
  panesError?: string;
  agents: PaneAgent[];
  /** Agents a rescue moved into tmux (any session): their windows and whether they live. */
  rescued: MuxProbe['rescued'];
  load: [number, number, number];
  cores: number;
  memAvailableKb: number;
  memTotalKb: number;
  ram: { gib: number; source: string };
  /** check: the offline check of the file as it stands (as the mux server would load it). */
  config: { state: ConfigStateName; path?: string; blockHash?: string; loadedHash?: string; error?: string; check?: ConfigCheck };
  scrollback?: { lines: number; worstCaseBytes: number; shareOfRam: number };
  logErrors: string[];
  warnings: string[];
  hints: string[];
}

function lastErrors(lines: readonly LogLine[], n: number): string[] {
  return lines
    .filter((l) => l.level === 'ERROR')
    .slice(-n)
    .map((l) => `${l.time} ${l.target}: ${l.message.split('\n')[0]}`);
}

/** One host's mux as the guide's monitoring section would show it, and its config's state. */
export async function statusHost(
  t: Transport,
  spec: HostSpec,
  o: RunOptions,
  s: StatusOptions,
): Promise<{ status: OkStatus; detail: StatusDetail }> {
  const facts = await factsOf(t, spec, o, { panes: true, logLines: 400 });
  const { ram, profile } = resolveProfile(spec, o, facts.ram);
  const { env, config } = await readConfigInEffect(t, spec, o, facts);
  const probe = facts.probe!;

  // Bytes that never came say nothing about the block: the file is neither managed nor unmanaged.
  const unread = unreadReason(config, facts.user);
  const text = config.state === 'found' && !unread ? decodeText(config.content).text : undefined;
  const block = text === undefined ? undefined : managedBlockOf(text);
  const drift = driftOf(text, block, profile.settings);
  const events = configEvents(probe.logLines);
  // The file as the mux would load it now: a config that cannot load never runs its block.
  const report =
    text === undefined || config.state !== 'found'
      ? undefined
      : await o.engine.evaluate(text, checkOptions(facts, env, config.path, config, o.signal));
  const check = report && checkOf(report, o.engine.limits ?? DEFAULT_LIMITS);
  const failure = check?.result === 'fails' && config.state !== 'missing' ? failureText(check, config.path, report?.guiRead) : undefined;
  const state: ConfigStateName =
    probe.mux && events.errorAfter
      ? 'reload failed'
      : unread
        ? 'unreadable'
        : failure
          ? 'fails to load'
          : ({ 'in-sync': 'in sync', drifted: 'drifted', unmanaged: 'unmanaged', 'no-config': 'no config' } as const)[drift];
  const warnings: string[] = [];
  const configView: StatusDetail['config'] = { state };
  if (config.state !== 'missing') configView.path = config.path;
  if (block?.hash) configView.blockHash = block.hash;
  if (events.lastLoadedHash) configView.loadedHash = events.lastLoadedHash;
  if (check) configView.check = check;
  if (state === 'reload failed') configView.error = events.errorAfter!.message.split('\n')[0]!;
  if (failure) {
    if (state === 'fails to load') configView.error = failure.reason;
    warnings.push(`${failure.reason}: ${failure.fix}`);
  }
  if (unread) {
    if (state === 'unreadable') configView.error = unread.reason;
    warnings.push(`${unread.reason}, so wezfleet cannot tell whether it is tuned: ${unread.fix}`);
  }
  if (probe.mux && block?.hash && events.lastLoadedHash !== block.hash && state !== 'reload failed') {
    warnings.push(
      events.lastLoadedHash
        ? `the mux last loaded block ${events.lastLoadedHash}, the file has ${block.hash}`
        : `the mux has not loaded the file's block ${block.hash} (a mux started without a config file does not watch for one: restart it)`,
    );
  }

  if (probe.ptraceSaved !== undefined) {
    warnings.push(
      `kernel.yama.ptrace_scope is still lowered by an interrupted rescue (it was ${probe.ptraceSaved}): run \`wezfleet rescue\` again to put it back`,
    );
  }

  const agents = probe.panes ? findAgents(probe.panes, probe.processes, s.agentPatterns) : [];
  const detail: StatusDetail = {
    mux: probe.mux
      ? {
          running: true,
          pid: probe.mux.pid,
          uptimeSeconds: probe.mux.uptimeSeconds,
          rssKb: probe.mux.rssKb,
          fds: probe.mux.fds,
          managedBy: probe.systemdUnit ? 'systemd' : 'pid file',
        }
      : { running: false },
    socket: probe.socket,
    agents,
    rescued: probe.rescued,
    load: probe.load,
    cores: probe.cores,
    memAvailableKb: probe.memAvailableKb,
    memTotalKb: probe.memTotalKb,
    ram: { gib: ram.ramGiB, source: ram.source },
    config: configView,
    logErrors: lastErrors(probe.logLines, 5),
    warnings,
    hints: [],
  };
  if (probe.panes) detail.panes = probe.panes.length;
  if (probe.panesError) detail.panesError = probe.panesError;

  // The worst case: every pane's ring fully committed, at the scrollback the file asks for.
  const lines = block?.settings.scrollback_lines ?? SETTING_SPECS.scrollback_lines.default;
  if (detail.panes !== undefined && probe.memTotalKb > 0) {
    const worstCaseBytes = detail.panes * lines * BYTES_PER_SCROLLBACK_LINE;
    detail.scrollback = { lines, worstCaseBytes, shareOfRam: worstCaseBytes / (probe.memTotalKb * 1024) };
    if (detail.scrollback.shareOfRam > s.scrollbackWarnShare) {
      warnings.push(
        `${detail.panes} panes x ${lines.toLocaleString('en-US')} lines x ${BYTES_PER_SCROLLBACK_LINE} B = ${(worstCaseBytes / 2 ** 30).toFixed(1)} GiB of scrollback could be committed (${Math.round(detail.scrollback.shareOfRam * 100)}% of RAM)`,
      );
    }
  }
  const hintFacts = {
    running: Boolean(probe.mux),
    configState: state,
    logErrors: detail.logErrors,
    load1: probe.load[0],
    cores: probe.cores,
    memAvailableShare: probe.memTotalKb ? probe.memAvailableKb / probe.memTotalKb : 1,
    scrollbackWarnShare: s.scrollbackWarnShare,
    agents: agents.length,
    ...(detail.panesError ? { panesError: detail.panesError } : {}),
    ...(detail.scrollback ? { scrollbackShare: detail.scrollback.shareOfRam } : {}),
  };
  detail.hints = hintsFor(hintFacts);
  return { status: 'ok', detail };
}
