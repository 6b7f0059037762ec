import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_AGENT_PATTERNS, findAgents, parseAgentPattern, parseProcesses } from '../../../src/mux/agents.js';
import { parseMuxProbe, parsePanes, processAgeSeconds } from '../../../src/remote/mux-probe.js';

const PS = `    1     0     0     0 ?        /sbin/init
   33     1    33    33 ?        /usr/bin/python3 /usr/local/bin/wezterm-mux-server --daemonize
   43    33    43    43 pts/0    claude --dangerously-skip-permissions
   44    43    43    43 pts/0    claude --dangerously-skip-permissions
   46    33    46    46 pts/1    /bin/bash
   47    46    47    46 pts/1    node /usr/lib/node_modules/@openai/codex/bin/codex.js --yolo
   50    33    50    50 pts/2    vim claude-notes.md
   51    33    51    51 pts/3    /usr/local/bin/gemini
   60    33    60    60 pts/4    tail -f /run/user/0/wezterm/wezterm-mux-server-log-33.txt`;

describe('agents', () => {
  const panes = [0, 1, 2, 3, 4].map((i) => ({ pane_id: i, tty_name: `/dev/pts/${i}` }));

  it('finds one agent per pane by command line, wrapper and child counted once', () => {
    const agents = findAgents(panes, parseProcesses(PS), DEFAULT_AGENT_PATTERNS);
    assert.deepEqual(
      agents.map((a) => [a.paneId, a.agent, a.pid]),
      [
        [0, 'claude', 43],
        [1, 'codex', 47],
        [3, 'gemini', 51],
      ],
    );
  });

  it('uses the patterns it is given instead', () => {
    const p = parseAgentPattern('aider=^aider\\b');
    assert.ok(typeof p !== 'string');
    assert.deepEqual(
      findAgents(panes, parseProcesses(`1 1 1 1 pts/0 aider --yes`), [p]).map((a) => a.agent),
      ['aider'],
    );
    assert.match(parseAgentPattern('x=(') as string, /not a regular expression/);
    assert.match(parseAgentPattern('noequals') as string, /expected NAME=REGEX/);
  });

  it('reads pane lists and process ages', () => {
    assert.deepEqual(parsePanes('[{"pane_id":3,"tty_name":"/dev/pts/3","title":"x"},{"junk":1}]'), [
      { pane_id: 3, tty_name: '/dev/pts/3', title: 'x' },
    ]);
    assert.throws(() => parsePanes('{}'), /did not return a list/);
    // started 1000 s after boot (100 ticks/s), now 4600 s after boot: an hour old
    const stat = '33 (wezterm-mux-ser) S 1 33 33 0 -1 4194560 100 0 0 0 1 1 0 0 20 0 2 0 100000 1000 100';
    assert.equal(processAgeSeconds(stat, '4600.50 1000.00', 100), 3601);
  });

  it('reads the rescued agents of every tmux session, as mux_probe records them', () => {
    const recs = (pairs: [string, string][]) => Buffer.from(pairs.map(([k, v]) => `${k}\0${v}\0`).join(''));
    const probe = parseMuxProbe(
      recs([
        ['cores', '2'],
        ['rescued', 'claude-201 201 1 rescue'],
        ['rescued', 'codex-305 305 0 night'],
      ]),
    );
    assert.deepEqual(probe.rescued, [
      { session: 'rescue', window: 'claude-201', pid: 201, alive: true },
      { session: 'night', window: 'codex-305', pid: 305, alive: false },
    ]);
  });
});
