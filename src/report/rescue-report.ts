import { shQuote } from '../core/quote.js';
import type { RescueDetail } from '../host/rescue-host.js';
import { isOk, type HostOutcome } from '../core/outcome.js';
import { formatDuration, problemText, successesFirst, summaryLine } from './summary.js';
import { makeTable, wrapCell } from './table.js';

/** The tmux is the sudo user's where the host runs through sudo. */
const sudoFor = (user: string | undefined) => (user === undefined ? '' : user === 'root' ? 'sudo ' : `sudo -u ${shQuote(user)} `);

/** One row per agent with the command that attaches to it, then one per host: ptrace_scope, Hold, restart. */
export function renderRescueReport(outcomes: readonly HostOutcome<RescueDetail>[], o: { colour: boolean; session: string }): string {
  const agents = makeTable(['host', 'agent', 'pid', 'tty', 'result', 'attach with'], o.colour);
  for (const h of successesFirst(outcomes)) {
    for (const a of h.detail?.agents ?? []) {
      const attach =
        a.window && !a.result.startsWith('failed') && !a.result.startsWith('skipped')
          ? `ssh -t ${h.host} ${sudoFor(h.detail?.tmuxUser)}tmux attach -t ${o.session}:${a.window}`
          : '';
      agents.push([h.host, a.agent, String(a.pid), a.tty, wrapCell(a.result), attach]);
    }
  }
  const hosts = makeTable(['host', 'status', 'mux', 'ptrace_scope', 'Hold', 'mux restarted', 'time', 'notes'], o.colour);
  for (const h of successesFirst(outcomes)) {
    const d = h.detail;
    const p = d?.ptraceScope;
    const scope = p ? [p.before, ...(p.during === undefined ? [] : [p.during]), p.after].join(' -> ') : '';
    const notes = isOk(h) ? (d?.next ?? []).join('\n') : problemText(h);
    hosts.push([
      h.host,
      h.status,
      d?.muxPid ? `pid ${d.muxPid}` : 'none',
      scope,
      d?.hold ?? '',
      d?.muxRestarted ? 'yes' : 'no',
      formatDuration(h.durationMs),
      wrapCell(notes),
    ]);
  }
  return `${agents.toString()}\n${hosts.toString()}\n${summaryLine(outcomes)}\n`;
}
