import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateDefaultsFile } from '../../../src/defaults/find-defaults-file.js';

describe('locateDefaultsFile', () => {
  it('is ~/.config/wezfleet/config.yaml, under XDG_CONFIG_HOME where that is set', () => {
    assert.deepEqual(locateDefaultsFile({ HOME: '/home/op' }), { path: '/home/op/.config/wezfleet/config.yaml', named: false });
    assert.deepEqual(locateDefaultsFile({ HOME: '/home/op', XDG_CONFIG_HOME: '/cfg' }), {
      path: '/cfg/wezfleet/config.yaml',
      named: false,
    });
  });

  it('is the file WEZFLEET_CONFIG names, relative to the working folder, which must then exist', () => {
    assert.deepEqual(locateDefaultsFile({ HOME: '/home/op', WEZFLEET_CONFIG: 'ops/wezfleet.yaml' }, '/srv'), {
      path: '/srv/ops/wezfleet.yaml',
      named: true,
    });
    assert.equal(locateDefaultsFile({ HOME: '/home/op', WEZFLEET_CONFIG: '' }).named, false, 'set to nothing: unset');
  });
});
