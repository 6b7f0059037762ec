/**
 * Real WezTerm configs from public repositories (test/corpus/wezterm-configs, sources and licences in
 * its SOURCES.json), each laid out in a home directory as its owner had it, then planned and applied
 * at two RAM sizes through the same scripts wezfleet runs on a host. A stand-alone Lua 5.4 (the
 * reference, which sees every file in that home, as the real mux would) runs each config before and
 * after: the tuned keys come out as the profile says, every other key as it was, and a second apply
 * changes nothing. Where wezfleet refuses, the reference must agree the mux cannot load the file.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { packageRoot } from '../../../src/core/assets.js';
import { BEGIN_MARKER, END_MARKER } from '../../../src/config/block.js';
import { packagePath } from '../../../src/config/locate-config.js';
import { Refusal } from '../../../src/core/errors.js';
import { applyHost } from '../../../src/host/apply-host.js';
import { planHost } from '../../../src/host/plan-host.js';
import { ProcessLua, type EvalReport } from '../../../src/lua/engine.js';
import { computeProfile } from '../../../src/profile/compute-profile.js';
import { SETTING_KEYS } from '../../../src/core/settings.js';
import { LocalTransport } from '../../../src/transport/local.js';
import { runOptions } from '../../helpers/run-options.js';
import { WorkerLua } from '../../../src/lua/worker-lua.js';

interface Source {
  dir: string;
  repo: string;
  features: string[];
}

const corpus = join(packageRoot(), 'test', 'corpus', 'wezterm-configs');
const sources = JSON.parse(readFileSync(join(corpus, 'SOURCES.json'), 'utf8')) as Source[];
const scratch = mkdtempSync(join(tmpdir(), 'wezfleet-corpus-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const reference = new ProcessLua('lua5.4');
// One config check for the whole corpus, as one run of wezfleet has.
const engine = new WorkerLua();
after(() => engine.close());
const TUNED = new Set<string>([...SETTING_KEYS, 'exit_behavior']);

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.lua')) out.set(p, readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** The reference run, as the real mux would load the file: every file of the home is there. */
function referenceRun(home: string, path: string, text: string): Promise<EvalReport> {
  return reference.evaluate(text, {
    chunkname: path,
    home,
    hostname: 'corpus',
    packagePath: packagePath({ home }),
    env: { HOME: home, USER: 'corpus', PATH: '/usr/bin:/bin' },
    envComplete: true,
    files: filesUnder(home),
    dump: true,
  });
}

/** Every key of the returned table but the tuned ones. */
const untuned = (r: EvalReport) => (r.dump ?? []).filter((line) => !TUNED.has(line.split(/[.\t[]/)[0]!));
const tunedValues = (r: EvalReport) =>
  Object.fromEntries(SETTING_KEYS.map((k) => [k, r.values[k]?.type === 'integer' ? Number(r.values[k].text) : r.values[k]]));
const withoutPositions = (s: string | undefined) => (s ?? '').replace(/[^\s:]+:\d+: /g, '');

/** The file with the block taken out and a rewritten return put back: what the user wrote. */
function unpatch(text: string, shape: string): string {
  const start = text.indexOf(BEGIN_MARKER);
  let end = text.indexOf(END_MARKER) + END_MARKER.length;
  end += text.startsWith('\r\n', end) ? 2 : text[end] === '\n' ? 1 : 0;
  if (shape === 'return-ident') return text.slice(0, start) + text.slice(end);
  // `local config = EXPR` + EOL + block + `return config`: back to `return EXPR`.
  const eolBefore = text.slice(0, start).endsWith('\r\n') ? 2 : 1;
  const head = text.slice(0, start - eolBefore);
  const at = head.lastIndexOf('local config =');
  const rest = text.slice(end);
  assert.ok(rest.startsWith('return config'), 'the block is followed by `return config`');
  return head.slice(0, at) + 'return' + head.slice(at + 'local config ='.length) + rest.slice('return config'.length);
}

const seen = { checked: 0, refusedGui: 0, expr: 0, withModules: 0, proven: 0, unproven: 0 };

describe('a corpus of real WezTerm configs', { concurrency: 4 }, () => {
  for (const source of sources) {
    it(`${source.dir} (${source.repo}): planned, applied at 128 and 64 GiB, every other key unchanged, idempotent`, async () => {
      const home = join(scratch, source.dir);
      cpSync(join(corpus, source.dir, 'home'), home, { recursive: true });
      const path = existsSync(join(home, '.wezterm.lua')) ? join(home, '.wezterm.lua') : join(home, '.config/wezterm/wezterm.lua');
      const original = readFileSync(path, 'utf8');
      const t = new LocalTransport({ env: { PATH: process.env.PATH, HOME: home, USER: 'corpus' } });
      const spec = { name: source.dir };
      const before = await referenceRun(home, path, original);
      seen.checked++;
      if (source.features.includes('gui-at-load')) {
        // It fails there, or the reference's stand-ins stop it sooner (a glob of wallpapers, say).
        assert.notEqual(before.status, 'ok', 'the mux server cannot load it (the reference says)');
      }

      let plan;
      try {
        plan = await planHost(t, spec, runOptions({ ram: 128, engine }));
      } catch (err) {
        assert.ok(err instanceof Refusal, String(err));
        assert.equal(before.status, 'fails', `refused (${err.reason}), but the reference loads it`);
        const check = (err.detail as { check?: { cause?: string } } | undefined)?.check;
        if (check?.cause === 'gui') seen.refusedGui++;
        assert.equal(readFileSync(path, 'utf8'), original, 'nothing is written');
        return;
      }
      if (plan.shape === 'return-expr') seen.expr++;
      if (plan.check.modules.length) seen.withModules++;
      const first = await applyHost(t, spec, runOptions({ ram: 128, engine }));
      assert.equal(first.status, 'changed');
      assert.equal(first.detail.sha256.after, plan.afterSha256, 'apply writes what plan showed');
      const at128 = readFileSync(path, 'utf8');
      assert.equal(unpatch(at128, plan.shape), original, 'every byte outside the block is kept');

      const after128 = await referenceRun(home, path, at128);
      if (before.status === 'ok') {
        // Proven, or unproven where the check saw less than the reference does (a dofile outside the module folders).
        if (plan.check.result === 'proven') seen.proven++;
        assert.equal(after128.status, 'ok', after128.error);
        assert.deepEqual(tunedValues(after128), computeProfile(128).settings);
        assert.deepEqual(untuned(after128), untuned(before), 'every other key is as it was');
      } else {
        // Never proven where the mux cannot load it; patched only where the check said it could not know.
        seen.unproven++;
        assert.equal(plan.check.result, 'unproven', `patched, but the reference says ${before.status}: ${before.error}`);
        assert.equal(after128.status, before.status);
        assert.equal(withoutPositions(after128.error), withoutPositions(before.error));
      }

      const at64 = await applyHost(t, spec, runOptions({ ram: 64, engine }));
      assert.equal(at64.status, 'changed');
      const text64 = readFileSync(path, 'utf8');
      assert.equal(unpatch(text64, 'return-ident'), unpatch(at128, 'return-ident'), 'only the block changes');
      if (before.status === 'ok') {
        const after64 = await referenceRun(home, path, text64);
        assert.deepEqual(tunedValues(after64), computeProfile(64).settings);
        assert.deepEqual(untuned(after64), untuned(before));
      }
      const again = await applyHost(t, spec, runOptions({ ram: 64, engine }));
      assert.equal(again.status, 'unchanged', 'a second apply changes nothing');
      assert.equal(readFileSync(path, 'utf8'), text64);
      assert.deepEqual(
        readdirSync(dirname(path)).filter((f) => f.includes('.wezfleet-') && !f.includes('backup')),
        [],
        'no temp file stays behind',
      );
    });
  }
});

// After every config has run (the suite above runs four at a time).
describe('the corpus covers what it is for', () => {
  it('covers what it is for: configs that fail in the mux, returns of every kind, modules', (t) => {
    t.diagnostic(JSON.stringify(seen));
    assert.ok(seen.checked >= 40, `${seen.checked} configs`);
    assert.ok(seen.refusedGui >= 3, `${seen.refusedGui} refused for wezterm.gui at load`);
    assert.ok(seen.expr >= 5, `${seen.expr} patched where they return an expression`);
    assert.ok(seen.withModules >= 8, `${seen.withModules} checked with their modules`);
    assert.ok(seen.proven >= 30, `${seen.proven} proven`);
  });
});
