import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markerText } from '../../../src/config/block.js';
import { configEvents, parseLogLines } from '../../../src/mux/log-lines.js';

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
