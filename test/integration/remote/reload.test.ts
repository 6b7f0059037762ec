/**
 * The reload proof has one parser (block.ts's hashInMarker): the line the host's wait_reload finds
 * after a fresh write, and the lines a rerun reads from the log, are judged alike. A line that only
 * quotes the marker (an error showing the config's source) proves nothing on either path.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { remoteLibrary } from '../../../src/remote/run-script.js';
import { markerText } from '../../../src/config/block.js';
import { configEvents, parseLogLines } from '../../../src/mux/log-lines.js';
import { parseRecords } from '../../../src/remote/records.js';
import { parseReload } from '../../../src/remote/reload.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-proof-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const hash = '0123456789ab';

/** wait_reload as write-config.sh runs it, over a log holding `lines`, for 0.5 s. */
function waitReload(lines: string[]) {
  const log = join(dir, 'mux.log');
  writeFileSync(log, lines.map((l) => `${l}\n`).join(''));
  const out = execFileSync('dash', ['-c', `${remoteLibrary(['reload'])}\nwait_reload "$1" 0 "$2" 5`, 'sh', log, hash]);
  return parseReload(parseRecords(out), 500, hash);
}

const marker = `12:00:00.100  INFO   logging > lua: ${markerText(hash)}`;
const quoted = `12:00:00.050  ERROR  mux::connui > Configuration Error: runtime error: [string "wezterm.lua"]:9: x\n  require("wezterm").log_info("${markerText(hash)}")`;
const quotedInfo = `12:00:00.060  INFO   logging > lua: before: ${markerText(hash)}`;

describe('the reload proof, after a write and on a rerun alike', () => {
  it('a marker line proves the load on both paths', () => {
    assert.deepEqual(waitReload(['12:00:00.000  INFO   mux > started', marker]), { state: 'loaded' });
    assert.equal(configEvents(parseLogLines(marker)).lastLoadedHash, hash);
  });

  it('a line that only quotes the marker proves nothing on either path', () => {
    const fresh = waitReload([quotedInfo]);
    assert.equal(fresh.state, 'not loaded yet');
    assert.equal(configEvents(parseLogLines(quotedInfo)).lastLoadedHash, undefined);
    const error = waitReload([quoted]);
    assert.equal(error.state, 'reload failed', 'the error it quotes it in is the answer');
    assert.equal(configEvents(parseLogLines(quoted)).lastLoadedHash, undefined);
  });

  it("another block's marker is not this one's", () => {
    const other = marker.replace(hash, 'ffffffffffff');
    assert.equal(waitReload([other]).state, 'not loaded yet');
    assert.equal(configEvents(parseLogLines(other)).lastLoadedHash, 'ffffffffffff');
  });
});
