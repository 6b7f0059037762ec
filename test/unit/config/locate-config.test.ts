import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configCandidates } from '../../../src/config/locate-config.js';

const paths = (c: ReturnType<typeof configCandidates>) => c.map((x) => `${x.source}:${x.path}${x.mustExist ? '!' : ''}`);

describe("configCandidates follows WezTerm's lookup order", () => {
  it('~/.wezterm.lua first, then the XDG config home (~/.config by default)', () => {
    assert.deepEqual(paths(configCandidates({ home: '/home/u' })), [
      'home:/home/u/.wezterm.lua',
      'XDG_CONFIG_HOME:/home/u/.config/wezterm/wezterm.lua',
    ]);
  });

  it('honours XDG_CONFIG_HOME and each absolute XDG_CONFIG_DIRS entry', () => {
    assert.deepEqual(paths(configCandidates({ home: '/h', XDG_CONFIG_HOME: '/x', XDG_CONFIG_DIRS: '/etc/xdg::relative:/opt/conf' })), [
      'home:/h/.wezterm.lua',
      'XDG_CONFIG_HOME:/x/wezterm/wezterm.lua',
      'XDG_CONFIG_DIRS:/etc/xdg/wezterm/wezterm.lua',
      'XDG_CONFIG_DIRS:/opt/conf/wezterm/wezterm.lua',
    ]);
  });

  it('WEZTERM_CONFIG_FILE replaces the search and must exist', () => {
    assert.deepEqual(paths(configCandidates({ home: '/h', WEZTERM_CONFIG_FILE: '/srv/w.lua' })), ['WEZTERM_CONFIG_FILE:/srv/w.lua!']);
  });

  it("the mux's --config-file wins over the environment", () => {
    assert.deepEqual(paths(configCandidates({ home: '/h', WEZTERM_CONFIG_FILE: '/srv/w.lua', configFileArg: '/etc/mux.lua' })), [
      '--config-file:/etc/mux.lua!',
    ]);
  });

  it('an explicit override wins over everything and expands ~', () => {
    assert.deepEqual(paths(configCandidates({ home: '/h', configFileArg: '/etc/mux.lua' }, '~/dots/wez.lua')), [
      'override:/h/dots/wez.lua',
    ]);
  });
});
