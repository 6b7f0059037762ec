import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configFileFromCmdline, parseFacts } from '../../../src/remote/facts.js';

describe('facts', () => {
  it("prefers the running mux's environment and finds its --config-file", () => {
    const out = Buffer.from(
      [
        'os',
        'Linux',
        'hostname',
        'h1',
        'user',
        'u',
        'uid',
        '1000',
        'home',
        '/home/u',
        'env.XDG_CONFIG_HOME',
        '/home/u/.cfg',
        'meminfo',
        'MemTotal: 1048576 kB',
        'runtime',
        '/run/user/1000/wezterm',
        'mux.pid',
        '4242',
        'mux.cmdline',
        'wezterm-mux-server\x01--daemonize\x01--config-file=/etc/w.lua',
        'mux.environ',
        'HOME=/home/u\x01WEZTERM_CONFIG_FILE=/srv/x.lua\x01XDG_CONFIG_HOME=/m',
      ].join('\0') + '\0',
    );
    const f = parseFacts(out);
    assert.deepEqual(f.login, { home: '/home/u', XDG_CONFIG_HOME: '/home/u/.cfg' });
    assert.deepEqual(f.mux, {
      pid: 4242,
      env: { home: '/home/u', WEZTERM_CONFIG_FILE: '/srv/x.lua', XDG_CONFIG_HOME: '/m', configFileArg: '/etc/w.lua' },
      keepEnv: ['WEZTERM_CONFIG_FILE=/srv/x.lua', 'XDG_CONFIG_HOME=/m'],
      environ: { HOME: '/home/u', WEZTERM_CONFIG_FILE: '/srv/x.lua', XDG_CONFIG_HOME: '/m' },
    });
    assert.equal(f.ram.meminfo, 'MemTotal: 1048576 kB');
  });

  it('reads --config-file in both spellings', () => {
    assert.equal(configFileFromCmdline('x\x01--config-file\x01/a b.lua'), '/a b.lua');
    assert.equal(configFileFromCmdline('x\x01--daemonize'), undefined);
  });
});
