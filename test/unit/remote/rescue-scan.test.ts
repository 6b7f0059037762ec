import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ptraceNeedsLowering } from '../../../src/host/rescue-host.js';
import { DEFAULT_AGENT_PATTERNS } from '../../../src/mux/agents.js';
import { parseRecords } from '../../../src/remote/records.js';
import { paneSessions, parseRescueScan, ptyIndexOf } from '../../../src/remote/rescue-scan.js';

/** rescue-scan.sh's records, as a host with a mux (pid 31) and five panes answered them. */
function recorded(): Buffer {
  const rec = (k: string, v: string) => `${k}\0${v}\0`;
  const stat = (pid: number, ppid: number, pgrp: number, sid: number, pty: number | undefined, start: number) =>
    rec('proc', `${pid} ${ppid} ${pgrp} ${sid} ${pty === undefined ? 0 : (136 << 8) | pty} ${start}`);
  return Buffer.from(
    rec('uid', '1000') +
      rec('mux.pid', '31') +
      ['9 0', '10 1', '11 2', '12 3', '13 4'].map((v) => rec('mux.pty', v)).join('') +
      stat(31, 1, 31, 31, undefined, 100) +
      // pts/0: claude and its tool child; pts/1: codex; pts/2: a shell that started codex;
      // pts/3: an idle shell; pts/4: nothing left (a dead pane).
      stat(37, 31, 37, 37, 0, 200) +
      rec('args', '37 claude --dangerously-skip-permissions') +
      stat(38, 37, 37, 37, 0, 201) +
      rec('args', '38 claude --dangerously-skip-permissions') +
      stat(40, 31, 40, 40, 1, 210) +
      rec('args', '40 codex --full-auto') +
      stat(43, 31, 43, 43, 2, 220) +
      rec('args', '43 sh -c codex --full-auto; echo done') +
      stat(44, 43, 44, 43, 2, 221) +
      rec('args', '44 codex --full-auto') +
      stat(50, 31, 50, 50, 3, 230) +
      rec('args', '50 sh') +
      rec('tool', 'tmux') +
      rec('pkg', 'apt-get') +
      rec('yama', '1') +
      rec('yama.saved', '2') +
      rec('tmux.windows', '0 wezfleet-rescue 90 0 \n1 claude-77 91 0 300'),
  );
}

describe('the rescue scan', () => {
  it('reads the mux, its pty masters, the processes on them, the tools and the tmux windows', () => {
    const scan = parseRescueScan(parseRecords(recorded()));
    assert.equal(scan.muxPid, 31);
    assert.deepEqual([...scan.muxPtys.keys()], [0, 1, 2, 3, 4]);
    assert.deepEqual(scan.tools, { reptyr: false, tmux: true });
    assert.deepEqual([scan.yama, scan.yamaSaved, scan.uid, scan.packageManager], [1, 2, 1000, 'apt-get']);
    assert.deepEqual(scan.windows[1], { index: 1, name: 'claude-77', pid: 91, dead: false, agentStart: '300' });
  });

  it('one session per pty with an agent in it; a shell that started one counts; idle shells only with --all-panes', () => {
    const scan = parseRescueScan(parseRecords(recorded()));
    const agents = paneSessions(scan, DEFAULT_AGENT_PATTERNS, false);
    assert.deepEqual(
      agents.map((a) => [a.pty, a.agent, a.pid, a.pids]),
      [
        [0, 'claude', 37, [37, 38]],
        [1, 'codex', 40, [40]],
        [2, 'codex', 44, [43, 44]],
      ],
    );
    assert.deepEqual(
      paneSessions(scan, DEFAULT_AGENT_PATTERNS, true).map((a) => [a.pty, a.agent]),
      [
        [0, 'claude'],
        [1, 'codex'],
        [2, 'codex'],
        [3, 'sh'],
      ],
    );
  });

  it('decodes /proc tty_nr for /dev/pts/N, past 255 too', () => {
    assert.equal(ptyIndexOf((136 << 8) | 5), 5);
    assert.equal(ptyIndexOf((137 << 8) | 2), 258);
    assert.equal(ptyIndexOf((4 << 8) | 1), undefined, 'a virtual console is not a pty');
  });

  it('lowers ptrace_scope only where it stops reptyr: scope 1 or 2, not as root', () => {
    assert.equal(ptraceNeedsLowering(1, 1000), true);
    assert.equal(ptraceNeedsLowering(2, 1000), true);
    assert.equal(ptraceNeedsLowering(1, 0), false);
    assert.equal(ptraceNeedsLowering(0, 1000), false);
    assert.equal(ptraceNeedsLowering('absent', 1000), false);
  });
});
