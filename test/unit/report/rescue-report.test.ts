import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RescueDetail } from '../../../src/host/rescue-host.js';
import type { HostOutcome } from '../../../src/core/outcome.js';
import { renderRescueReport } from '../../../src/report/rescue-report.js';

const detail = (over: Partial<RescueDetail> = {}): RescueDetail => ({
  muxPid: 100,
  agents: [
    { agent: 'claude', pid: 201, tty: '/dev/pts/3', result: 'rescued', window: 'claude-201' },
    { agent: 'codex', pid: 202, tty: '/dev/pts/4', result: 'failed: reptyr: Operation not permitted', window: 'codex-202' },
  ],
  ptraceScope: { before: 1, during: 0, after: 1 },
  hold: 'proven',
  muxRestarted: false,
  next: [],
  ...over,
});
const outcome = (host: string, d: RescueDetail): HostOutcome<RescueDetail> => ({ host, status: 'changed', durationMs: 1200, detail: d });
const render = (...o: HostOutcome<RescueDetail>[]) => renderRescueReport(o, { table: { colour: false }, session: 'rescue' });

describe('renderRescueReport', () => {
  it('gives each rescued agent the command that attaches to its window, and none to a failed one', () => {
    const out = render(outcome('web1', detail()));
    assert.match(out, /ssh -t web1 tmux attach -t rescue:claude-201/);
    assert.doesNotMatch(out, /attach -t rescue:codex-202/);
  });

  it('attaches through sudo as the user whose tmux it is, where the host runs through sudo', () => {
    const out = render(outcome('web1', detail({ tmuxUser: 'agent' })), outcome('web2', detail({ tmuxUser: 'root' })));
    assert.match(out, /ssh -t web1 sudo -u agent tmux attach -t rescue:claude-201/);
    assert.match(out, /ssh -t web2 sudo tmux attach -t rescue:claude-201/);
  });

  it('gives way with every other column before it cuts an attach command', () => {
    const out = renderRescueReport([outcome('gpu-07', detail({ tmuxUser: 'agent' }))], {
      table: { colour: false, width: 80 },
      session: 'rescue',
    });
    const row = out.split('\n').find((l) => l.includes('claude-201'))!;
    assert.match(row, /ssh -t gpu-07 sudo -u agent tmux attach -t rescue:claude-201$/);
    assert.ok(row.length <= 80, row);
    assert.match(out, /reptyr: Operation not permitted/);
    // Where even that does not fit, the line runs over rather than cut the command.
    const long = renderRescueReport([outcome('gpu-node-0001.example.internal', detail({ tmuxUser: 'agent' }))], {
      table: { colour: false, width: 60 },
      session: 'rescue',
    });
    assert.match(long, /ssh -t gpu-node-0001\.example\.internal sudo -u agent tmux attach -t rescue:claude-201\n/);
  });

  it('shows ptrace_scope before, during and after where the run lowered it, else before and after', () => {
    assert.match(render(outcome('web1', detail())), /1 -> 0 -> 1/);
    const untouched = render(outcome('web1', detail({ ptraceScope: { before: 'absent', after: 'absent' } })));
    assert.match(untouched, /absent -> absent/);
    assert.doesNotMatch(untouched, /-> 0 ->/);
  });
});
