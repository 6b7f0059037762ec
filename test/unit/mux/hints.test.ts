import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hintsFor } from '../../../src/mux/hints.js';

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
