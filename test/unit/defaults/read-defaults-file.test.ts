import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { readDefaultsFile } from '../../../src/defaults/read-defaults-file.js';

let dir: string;
let home: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wezfleet-defaults-'));
  home = join(dir, 'home');
  mkdirSync(home);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function write(text: string, name = 'config.yaml'): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const read = (path: string, named = false) => readDefaultsFile({ path, named }, home);

function refusal(path: string, named = false): UsageError {
  try {
    read(path, named);
  } catch (err) {
    assert.ok(err instanceof UsageError, String(err));
    return err;
  }
  assert.fail('expected the file to be refused');
}

describe('readDefaultsFile', () => {
  it('reads every key, typed', () => {
    const file = write(
      [
        'concurrency: 20',
        'timeout: 60',
        'connect_timeout: 5',
        'retries: 0',
        'host_key_policy: accept-new',
        'log_level: info',
        'transport: openssh',
        'keep_backups: 3',
        'color: never',
        'agents:',
        '  aider: \\baider\\b',
        '  goose: ^goose( |$)',
      ].join('\n'),
    );
    assert.deepEqual(read(file), {
      path: file,
      values: {
        concurrency: 20,
        timeout: 60,
        connect_timeout: 5,
        retries: 0,
        host_key_policy: 'accept-new',
        log_level: 'info',
        transport: 'openssh',
        keep_backups: 3,
        color: 'never',
        agents: ['aider=\\baider\\b', 'goose=^goose( |$)'],
      },
    });
  });

  it('is nothing where the usual file is absent, and an error where WEZFLEET_CONFIG names a missing one', () => {
    assert.equal(read(join(dir, 'absent.yaml')), undefined);
    assert.match(refusal(join(dir, 'absent.yaml'), true).message, /config file .*absent\.yaml does not exist \(WEZFLEET_CONFIG names it\)/);
  });

  it('an empty file, or /dev/null, sets nothing', () => {
    assert.deepEqual(read(write('', 'empty.yaml'))?.values, {});
    assert.deepEqual(read(write('# all commented out\n', 'comments.yaml'))?.values, {});
    assert.deepEqual(read('/dev/null', true)?.values, {});
  });

  it("resolves inventory and ssh_config against the file's folder, and ~/ against the home", () => {
    mkdirSync(join(dir, 'fleet'), { recursive: true });
    writeFileSync(join(dir, 'fleet', 'hosts'), 'web1\n');
    const values = (text: string) => read(write(text, 'paths.yaml'))!.values;
    assert.deepEqual(values('inventory: fleet/hosts.ini\nssh_config: ssh/config\n'), {
      inventory: join(dir, 'fleet', 'hosts.ini'),
      ssh_config: join(dir, 'ssh', 'config'),
    });
    assert.equal(values('inventory: ~/inv.yaml\n').inventory, join(home, 'inv.yaml'));
    assert.equal(values('inventory: /etc/ansible/hosts\n').inventory, '/etc/ansible/hosts');
    // Hosts written out stay as they are, unless a file of that name is beside the config file.
    assert.equal(values('inventory: web1,web2\n').inventory, 'web1,web2');
    assert.equal(values('inventory: ops@gpu-01:2222\n').inventory, 'ops@gpu-01:2222');
    assert.equal(values('inventory: inventory.yaml\n').inventory, join(dir, 'inventory.yaml'), 'a file name, even missing');
    writeFileSync(join(dir, 'gpu-01'), 'gpu-01\n');
    assert.equal(values('inventory: gpu-01\n').inventory, join(dir, 'gpu-01'));
  });

  it('refuses an unknown key with what was most likely meant', () => {
    const e = refusal(
      write('concurency: 5\nhost-key-policy: off\nhostKeyPolicy: off\nverbose: true\nuser: ops\nfrobnicate: 1\n', 'typos.yaml'),
    );
    const file = join(dir, 'typos.yaml');
    assert.match(e.message, new RegExp(`^invalid config file ${file}: fix it, or run with WEZFLEET_CONFIG=/dev/null`));
    assert.deepEqual(e.issues, [
      `${file}: concurency: unknown key (did you mean "concurrency"?)`,
      `${file}: host-key-policy: unknown key (did you mean "host_key_policy"?)`,
      `${file}: hostKeyPolicy: unknown key (did you mean "host_key_policy"?)`,
      `${file}: verbose: unknown key (did you mean "log_level: info"?)`,
      `${file}: user: an inventory's key, not the config file's (inventory: names the inventory to use)`,
      `${file}: frobnicate: unknown key; the config file takes inventory, concurrency, timeout, connect_timeout, retries, host_key_policy, log_level, transport, ssh_config, keep_backups, color, agents`,
    ]);
  });

  it('refuses wrong values, every one at once, as FILE: key: what was expected', () => {
    const file = write(
      'timeout: 1.5\nconcurrency: "8"\nretries: -1\ncolor: false\nlog_level: loud\ninventory: ""\nagents:\n  aider: "("\n',
      'values.yaml',
    );
    assert.deepEqual(refusal(file).issues.sort(), [
      `${file}: agents.aider: not a regular expression (Invalid regular expression: /(/: Unterminated group)`,
      `${file}: color: expected one of "auto", "always", "never", got false`,
      `${file}: concurrency: expected a whole number of at least 1, got "8"`,
      `${file}: inventory: must not be empty`,
      `${file}: log_level: expected one of "silent", "error", "warn", "info", "debug", "trace", got "loud"`,
      `${file}: retries: expected a whole number of at least 0, got -1`,
      `${file}: timeout: expected a whole number of at least 1, got 1.5`,
    ]);
  });

  it('refuses what is not a mapping, YAML it cannot parse, and a folder', () => {
    const list = write('- timeout: 5\n', 'list.yaml');
    assert.deepEqual(refusal(list).issues, [`${list}: expected a mapping of settings (key: value), got a list`]);
    const broken = write('timeout: 5\n  retries: [\n', 'broken.yaml');
    assert.match(refusal(broken).issues[0]!, new RegExp(`^${broken}:1:\\d+: Nested mappings`));
    mkdirSync(join(dir, 'folder.yaml'));
    assert.match(refusal(join(dir, 'folder.yaml')).message, /cannot read config file .*folder\.yaml: a folder, not a file/);
  });
});
