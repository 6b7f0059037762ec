import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveHostVar } from '../../../src/inventory/resolve-templates.js';

const value = (vars: Record<string, unknown>, name: string) => {
  const r = resolveHostVar(vars, 'web1', name);
  assert.ok('value' in r, 'problem' in r ? r.problem : '');
  return r.value;
};
const problem = (vars: Record<string, unknown>, name: string) => {
  const r = resolveHostVar(vars, 'web1', name);
  assert.ok('problem' in r, `resolved to ${JSON.stringify('value' in r ? r.value : undefined)}`);
  return r.problem;
};

describe('resolveHostVar: plain {{ var }} references, as Ansible resolves them', () => {
  it('resolves a reference, with or without spaces inside the braces, keeping the type', () => {
    assert.equal(value({ ansible_host: '{{ myhost }}', myhost: '10.0.0.9' }, 'ansible_host'), '10.0.0.9');
    assert.equal(value({ ansible_host: '{{myhost}}', myhost: '10.0.0.9' }, 'ansible_host'), '10.0.0.9');
    assert.equal(value({ ansible_port: '{{ p }}', p: 2222 }, 'ansible_port'), 2222);
    assert.equal(value({ ansible_port: 22 }, 'ansible_port'), 22);
  });

  it('follows nested references and fills text around them', () => {
    const vars = { ansible_user: '{{ ipmi_user }}', ipmi_user: '{{ other }}', other: 'root' };
    assert.equal(value(vars, 'ansible_user'), 'root');
    assert.equal(value({ ansible_host: '{{ inventory_hostname }}.{{ dom }}', dom: 'corp', n: 1 }, 'ansible_host'), 'web1.corp');
    assert.equal(value({ ansible_host: 'n{{ n }}-{{ b }}', n: 7, b: true }, 'ansible_host'), 'n7-True');
    assert.deepEqual(value({ wezfleet_tags: '{{ t }}', t: ['gpu', '{{ x }}'], x: 'a100' }, 'wezfleet_tags'), ['gpu', 'a100']);
  });

  it('declines filters and expressions, naming the host, the variable and the value', () => {
    assert.equal(
      problem({ ansible_port: '{{ 22 | int }}' }, 'ansible_port'),
      'web1: ansible_port is "{{ 22 | int }}": wezfleet resolves only plain {{ var }} references; set the value itself',
    );
    for (const v of ['{{ a.b }}', "{{ lookup('env', 'H') }}", '{% if x %}y{% endif %}', '{{ x ', '{{ hostvars[x] }}'])
      assert.match(problem({ ansible_host: v, a: {}, x: 1 }, 'ansible_host'), /wezfleet resolves only plain/, v);
  });

  it('says which value in a chain it cannot resolve', () => {
    assert.equal(
      problem({ ansible_user: '{{ ipmi_user }}', ipmi_user: '{{ u | lower }}' }, 'ansible_user'),
      'web1: ansible_user is "{{ ipmi_user }}": ipmi_user is "{{ u | lower }}": wezfleet resolves only plain {{ var }} references; set the value itself',
    );
  });

  it('refuses undefined variables and loops, as Ansible does', () => {
    assert.equal(problem({ ansible_host: '{{ myhost }}' }, 'ansible_host'), `web1: ansible_host is "{{ myhost }}": 'myhost' is undefined`);
    assert.equal(
      problem({ ansible_host: '{{ a }}', a: '{{ b }}', b: '{{ a }}' }, 'ansible_host'),
      'web1: ansible_host is "{{ a }}": recursive loop: ansible_host -> a -> b -> a',
    );
    assert.match(problem({ ansible_host: '{{ ansible_host }}' }, 'ansible_host'), /recursive loop: ansible_host -> ansible_host/);
    assert.match(problem({ ansible_host: 'x{{ l }}', l: [1] }, 'ansible_host'), /l is a list/);
  });
});
