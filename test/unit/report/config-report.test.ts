import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeSettings } from '../../../src/defaults/merge-settings.js';
import { renderConfigJson, renderConfigReport, type ConfigView } from '../../../src/report/config-report.js';

const FILE = '/home/op/.config/wezfleet/config.yaml';

function view(over: Partial<ConfigView> = {}): ConfigView {
  const settings = mergeSettings({
    flags: { concurrency: '7' },
    env: { WEZFLEET_TIMEOUT: '45', NO_COLOR: '1' },
    file: { path: FILE, values: { retries: 4, transport: 'openssh', agents: ['aider=\\baider\\b'] } },
  });
  return { file: { path: FILE, exists: true, named: false }, settings, ...over };
}

/** The table's row for a setting, its cells. */
function row(table: string, key: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`${key} `));
  assert.ok(line, `no row for ${key} in\n${table}`);
  // Columns stand two spaces or more apart; values hold single spaces only.
  return line.split(/ {2,}/).map((c) => c.trim());
}

/** Into a pipe: no width limit, no colour. */
const PIPE = { colour: false };

describe('renderConfigReport', () => {
  it('one row per setting: its value and where it came from', () => {
    const out = renderConfigReport(view(), PIPE);
    assert.deepEqual(row(out, 'concurrency'), ['concurrency', '7', 'flag --concurrency']);
    assert.deepEqual(row(out, 'timeout'), ['timeout', '45', 'env WEZFLEET_TIMEOUT']);
    assert.deepEqual(row(out, 'retries'), ['retries', '4', `file ${FILE}`]);
    assert.deepEqual(row(out, 'keep_backups'), ['keep_backups', '10', 'default']);
    assert.deepEqual(row(out, 'color'), ['color', 'never', 'env NO_COLOR']);
    assert.deepEqual(row(out, 'agents'), ['agents', 'aider=\\baider\\b', `file ${FILE}`]);
    assert.match(out, new RegExp(`\\nconfig file: ${FILE}\\n$`));
    assert.ok(!out.includes('\x1b['), 'no colour when told so');
  });

  it("says what an unset value means, and that a host's own value comes before the file's", () => {
    const out = renderConfigReport(view({ file: { path: FILE, exists: false, named: false } }), PIPE);
    assert.deepEqual(row(out, 'connect_timeout'), ['connect_timeout', "unset: the host's ConnectTimeout, else 10", 'default']);
    assert.deepEqual(row(out, 'inventory'), ['inventory', 'none: this machine', 'default']);
    assert.match(out, /\ntransport +openssh +file \S+; \(after the host's transport in the inventory\)\n/);
    assert.match(out, /config file: \S+ \(none there: the defaults apply\)/);
    const found = renderConfigReport(view({ inventoryFound: '/srv/inventory.yaml' }), PIPE);
    assert.deepEqual(row(found, 'inventory'), ['inventory', '/srv/inventory.yaml', 'default']);
  });

  it('names the built-in agents where none were set', () => {
    const out = renderConfigReport(
      { file: { path: FILE, exists: false, named: false }, settings: mergeSettings({ flags: {}, env: {} }) },
      PIPE,
    );
    assert.deepEqual(row(out, 'agents'), ['agents', 'claude, codex, gemini (built in)', 'default']);
  });
});

describe('renderConfigJson', () => {
  it('each setting as {value, source} with the variable, file or flag that set it; null where unset', () => {
    const doc = JSON.parse(renderConfigJson(view({ inventoryFound: '/srv/inventory.yaml' })));
    assert.equal(doc.schema, 2);
    assert.equal(doc.command, 'config');
    assert.deepEqual(doc.file, { path: FILE, exists: true, named: false });
    assert.deepEqual(doc.settings.concurrency, { value: 7, source: 'flag', flag: '--concurrency' });
    assert.deepEqual(doc.settings.timeout, { value: 45, source: 'env', env: 'WEZFLEET_TIMEOUT' });
    assert.deepEqual(doc.settings.retries, { value: 4, source: 'file', file: FILE });
    assert.deepEqual(doc.settings.connect_timeout, { value: null, source: 'default' });
    assert.deepEqual(doc.settings.inventory, { value: null, source: 'default', found: '/srv/inventory.yaml' });
    assert.deepEqual(doc.settings.agents.value, [{ name: 'aider', regex: '\\baider\\b' }]);
    const builtIn = JSON.parse(renderConfigJson({ ...view(), settings: mergeSettings({ flags: {}, env: {} }) }));
    assert.deepEqual(
      builtIn.settings.agents.value.map((a: { name: string }) => a.name),
      ['claude', 'codex', 'gemini'],
    );
  });
});
