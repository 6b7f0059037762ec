import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPythonLiteral } from '../../../src/inventory/read-python-literal.js';

describe('readPythonLiteral: INI values typed as ast.literal_eval types them', () => {
  it('gives what Python 3 gives, and the text where literal_eval refuses', () => {
    // Each expected value was printed by python3 -c 'import ast; print(repr(ast.literal_eval(v)))'.
    const cases: [string, unknown][] = [
      ['22', 22],
      ['-5', -5],
      ['1_000', 1000],
      ['0x10', 16],
      ['1.5', 1.5],
      ['1e3', 1000],
      ['.5', 0.5],
      ['True', true],
      ['None', null],
      ['"ops"', 'ops'],
      ["'a' 'b'", 'ab'],
      ['"a # b"', 'a # b'],
      ['[1, "a"]', [1, 'a']],
      ['{"a": 1}', { a: 1 }],
      ['(1)', 1],
      ['(1,)', [1]],
      // Refused by literal_eval: kept as written.
      ['true', 'true'],
      ['ops', 'ops'],
      ['yes', 'yes'],
      ['10.0.0.1', '10.0.0.1'],
      ['010', '010'],
      ['{{ myhost }}', '{{ myhost }}'],
      ['~/.ssh/id_rsa', '~/.ssh/id_rsa'],
      ['root # admin', 'root # admin'],
    ];
    for (const [text, value] of cases) assert.deepEqual(readPythonLiteral(text), value, text);
  });
});
