import type { ScriptName } from '../../../src/remote/run-script.js';
import { describe, it } from 'node:test';

describe('remote scripts', () => {
  it('each one, with the library parts it declares, is valid POSIX sh (dash -n)', async () => {
    const { execFileSync } = await import('node:child_process');
    const { remoteScript, SCRIPTS } = await import('../../../src/remote/run-script.js');
    for (const name of Object.keys(SCRIPTS) as ScriptName[]) {
      execFileSync('dash', ['-n'], { input: remoteScript(name) });
    }
  });
});
