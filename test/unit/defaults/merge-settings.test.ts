import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { beatsHostValue, mergeSettings, settingForHost, sourceLabel, type MergeInput } from '../../../src/defaults/merge-settings.js';
import { SHARED_KEYS, SHARED_SPECS } from '../../../src/defaults/shared-settings.js';

const FILE = '/home/op/.config/wezfleet/config.yaml';
const merge = (input: Partial<MergeInput>) => mergeSettings({ flags: {}, env: {}, ...input });

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof UsageError, String(err));
    return err;
  }
  assert.fail('expected a UsageError');
}

describe('mergeSettings', () => {
  it("gives wezfleet's own defaults where nothing else says a value", () => {
    const m = merge({});
    for (const key of SHARED_KEYS) {
      assert.deepEqual(m[key].value, SHARED_SPECS[key].builtIn, key);
      assert.deepEqual(m[key].source, { from: 'default' }, key);
    }
    assert.equal(m.timeout.value, 30);
    assert.equal(m.host_key_policy.value, 'strict');
  });

  it('a flag beats the environment, which beats the file, which beats the default', () => {
    const file = { path: FILE, values: { timeout: 60, concurrency: 5, retries: 4 } };
    const env = { WEZFLEET_TIMEOUT: '45', WEZFLEET_CONCURRENCY: '8' };
    const m = merge({ flags: { timeout: '10' }, env, file });
    assert.deepEqual(m.timeout, { value: 10, source: { from: 'flag', flag: '--timeout' } });
    assert.deepEqual(m.concurrency, { value: 8, source: { from: 'env', name: 'WEZFLEET_CONCURRENCY' } });
    assert.deepEqual(m.retries, { value: 4, source: { from: 'file', path: FILE } });
    assert.deepEqual(m.keep_backups, { value: 10, source: { from: 'default' } });
  });

  it('reads every kind of value from text, as flags and variables give them', () => {
    const m = merge({
      flags: { host_key_policy: 'accept-new', agents: ['aider=\\baider\\b'], ssh_config: 'ssh.conf' },
      env: { WEZFLEET_RETRIES: '0', WEZFLEET_TRANSPORT: 'openssh', WEZFLEET_INVENTORY: 'web1,web2', WEZFLEET_LOG_LEVEL: 'debug' },
    });
    assert.equal(m.host_key_policy.value, 'accept-new');
    assert.deepEqual(m.agents.value, ['aider=\\baider\\b']);
    assert.equal(m.ssh_config.value, 'ssh.conf');
    assert.equal(m.retries.value, 0, 'retries may be 0');
    assert.equal(m.transport.value, 'openssh');
    assert.equal(m.inventory.value, 'web1,web2');
    assert.equal(m.log_level.value, 'debug');
  });

  it('a variable set to nothing is unset', () => {
    const m = merge({ env: { WEZFLEET_TIMEOUT: '', NO_COLOR: '' }, file: { path: FILE, values: { timeout: 60 } } });
    assert.equal(m.timeout.value, 60);
    assert.equal(m.color.value, 'auto');
  });

  it('refuses a bad flag or variable by its name, with what was expected', () => {
    assert.equal(usageError(() => merge({ flags: { timeout: '0' } })).message, '--timeout: expected a whole number of at least 1, got "0"');
    assert.equal(
      usageError(() => merge({ env: { WEZFLEET_CONCURRENCY: 'lots' } })).message,
      'WEZFLEET_CONCURRENCY: expected a whole number of at least 1, got "lots"',
    );
    assert.equal(
      usageError(() => merge({ env: { WEZFLEET_HOST_KEY_POLICY: 'yolo' } })).message,
      'WEZFLEET_HOST_KEY_POLICY: expected one of strict, accept-new, off, got "yolo"',
    );
    assert.deepEqual(usageError(() => merge({ flags: { agents: ['nameonly'] } })).issues, ['--agent expected NAME=REGEX, got "nameonly"']);
  });

  it('colour: --no-color, then NO_COLOR, then FORCE_COLOR, then the file', () => {
    const file = { path: FILE, values: { color: 'always' as const } };
    assert.deepEqual(merge({ file }).color, { value: 'always', source: { from: 'file', path: FILE } });
    assert.deepEqual(merge({ file, env: { FORCE_COLOR: '0' } }).color, { value: 'never', source: { from: 'env', name: 'FORCE_COLOR' } });
    assert.deepEqual(merge({ env: { FORCE_COLOR: '1' } }).color, { value: 'always', source: { from: 'env', name: 'FORCE_COLOR' } });
    assert.deepEqual(merge({ file, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).color, {
      value: 'never',
      source: { from: 'env', name: 'NO_COLOR' },
    });
    assert.deepEqual(merge({ flags: { color: false }, env: { FORCE_COLOR: '1' } }).color, {
      value: 'never',
      source: { from: 'flag', flag: '--no-color' },
    });
  });

  it('-v raises a quieter level to info, whatever set it, and leaves a louder one', () => {
    assert.deepEqual(merge({ verbose: true }).log_level, { value: 'info', source: { from: 'flag', flag: '-v' } });
    assert.equal(merge({ verbose: true, file: { path: FILE, values: { log_level: 'error' } } }).log_level.value, 'info');
    assert.deepEqual(merge({ verbose: true, env: { WEZFLEET_LOG_LEVEL: 'trace' } }).log_level, {
      value: 'trace',
      source: { from: 'env', name: 'WEZFLEET_LOG_LEVEL' },
    });
  });
});

describe("a host's own value against a shared setting", () => {
  it("one typed for this run wins; the host's beats the file's and the default", () => {
    const flag = { value: 'ssh2', source: { from: 'flag', flag: '--transport' } } as const;
    const env = { value: 'ssh2', source: { from: 'env', name: 'WEZFLEET_TRANSPORT' } } as const;
    const file = { value: 'ssh2', source: { from: 'file', path: FILE } } as const;
    const unset = { value: undefined, source: { from: 'default' } } as const;
    assert.equal(settingForHost<string>(flag, 'openssh'), 'ssh2');
    assert.equal(settingForHost<string>(env, 'openssh'), 'ssh2');
    assert.equal(settingForHost<string>(file, 'openssh'), 'openssh');
    assert.equal(settingForHost<string>(file, undefined), 'ssh2');
    assert.equal(settingForHost<string>(unset, undefined), undefined);
    assert.equal(beatsHostValue({ from: 'default' }), false);
  });
});

describe('sourceLabel', () => {
  it('says where a value came from as `wezfleet config` shows it', () => {
    assert.equal(sourceLabel({ from: 'flag', flag: '--timeout' }), 'flag --timeout');
    assert.equal(sourceLabel({ from: 'env', name: 'NO_COLOR' }), 'env NO_COLOR');
    assert.equal(sourceLabel({ from: 'file', path: FILE }), `file ${FILE}`);
    assert.equal(sourceLabel({ from: 'default' }), 'default');
  });
});
