import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markerText } from '../../src/config/block.js';
import { DEFAULT_AGENT_PATTERNS, findAgents, parseAgentPattern, parseProcesses } from '../../src/mux/agents.js';
import { hintsFor } from '../../src/mux/hints.js';
import { configEvents, parseLogLines } from '../../src/mux/log-lines.js';
import { parseMuxProbe, parsePanes, processAgeSeconds } from '../../src/remote/mux-probe.js';

const LOG = `08:15:37.245  INFO   wezterm_mux_server_impl::local > setting up /run/user/1000/wezterm/sock
08:16:01.002  INFO   logging > lua: ${markerText('aaaaaaaaaaaa')}
08:17:12.410  ERROR  mux::connui > Configuration Error: /home/u/.wezterm.lua:12: attempt to index a nil value (field 'gui')
stack traceback:
        [C]: in ?
2024-01-02T08:18:00.000Z INFO  logging > lua: ${markerText('bbbbbbbbbbbb')}
08:19:00.000  ERROR  wezterm_mux_server_impl::sessionhandler > Broken pipe (os error 32)
`;

describe('mux log', () => {
  it('reads WezTerm log lines, joining continuation lines', () => {
    const lines = parseLogLines(LOG);
    assert.equal(lines.length, 5);
    assert.deepEqual([lines[2]!.level, lines[2]!.target], ['ERROR', 'mux::connui']);
    assert.match(lines[2]!.message, /field 'gui'\)\nstack traceback:\n\s+\[C\]: in \?$/);
    assert.equal(lines[3]!.time, '08:18:00.000');
  });

  it('knows the last block the mux evaluated, and an error after it', () => {
    const lines = parseLogLines(LOG);
    assert.deepEqual(configEvents(lines.slice(0, 3)).lastLoadedHash, 'aaaaaaaaaaaa');
    assert.match(configEvents(lines.slice(0, 3)).errorAfter!.message, /^Configuration Error/);
    const all = configEvents(lines);
    assert.equal(all.lastLoadedHash, 'bbbbbbbbbbbb');
    assert.equal(all.errorAfter, undefined, 'a broken pipe is not a config error, and the newer marker clears the older error');
    assert.equal(all.errors.length, 2);
  });
});

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

describe('hints', () => {
  const base = {
    running: true,
    configState: 'in sync',
    logErrors: [],
    load1: 0.5,
    cores: 8,
    memAvailableShare: 0.5,
    scrollbackWarnShare: 0.25,
    agents: 0,
  };
  it('say nothing when all is well', () => assert.deepEqual(hintsFor(base), []));
  it("turn the guide's troubleshooting table into advice", () => {
    const hints = hintsFor({
      ...base,
      running: true,
      panesError: 'timeout',
      configState: 'drifted',
      logErrors: ['x: Broken pipe (os error 32)'],
      load1: 12,
      memAvailableShare: 0.05,
      scrollbackShare: 0.4,
    });
    assert.equal(hints.length, 6);
    assert.match(hints.join('\n'), /mux_output_parser_buffer_size/);
    assert.match(hints.join('\n'), /--only-drifted/);
    assert.match(hints.join('\n'), /Broken pipe/);
    assert.match(hints.join('\n'), /load 12\.0 is above 8 cores/);
    assert.match(hints.join('\n'), /only 5% of memory/);
    assert.match(hints.join('\n'), /40% of RAM: lower scrollback_lines/);
    assert.match(hintsFor({ ...base, running: false })[0]!, /no mux is running/);
    assert.match(hintsFor({ ...base, configState: 'reload failed' })[0]!, /kept its previous settings/);
  });
});
