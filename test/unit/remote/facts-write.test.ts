import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { requestLine } from '../../../src/remote/facts-write.js';
import { readAsset } from '../../../src/core/assets.js';

describe("apply's write request on the held channel", () => {
  const hostile = ["it's", '$(touch /tmp/pwned)', '`id`', 'a b\nc', '\n', '*', '"; rm -rf ~; "', '-n', '\\', '', 'x\r\ny'];
  it('arrives through two-step-resume.sh as the same arguments, in one line, leaving the content after it', () => {
    // two-step-resume.sh as apply runs it: after the facts, stdin kept on fd 5 by hold.sh.
    const script = `wezfleet_two_step=SECRET; exec 5<&0; ${readAsset('remote/sh/two-step-resume.sh')}\nprintf '[%s]' "$@"; printf '|'; cat`;
    const out = execFileSync('/bin/sh', ['-c', script], { input: requestLine(hostile) + 'CONTENT\nbytes' });
    assert.equal(out.toString(), '\0wezfleet-step-SECRET\0' + hostile.map((v) => `[${v}]`).join('') + '|CONTENT\nbytes');
  });

  it('is one line whatever the values hold', () => {
    const line = requestLine(hostile);
    assert.equal(line.indexOf('\n'), line.length - 1);
  });

  it('ends the script without writing when the client sends nothing', () => {
    const script = `wezfleet_two_step=S; exec 5<&0; ${readAsset('remote/sh/two-step-resume.sh')}\necho WROTE`;
    assert.equal(execFileSync('/bin/sh', ['-c', script], { input: '' }).toString(), '\0wezfleet-step-S\0');
  });
});
