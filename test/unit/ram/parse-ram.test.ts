import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLsmemSummary, parseMeminfoTotalKb, parseSysctlMemsize, parseSysfsMemory, readRam } from '../../../src/ram/parse-ram.js';

// Captured from real machines.
const LSMEM_24G =
  'Memory block size:            134217728\nTotal online memory:        25769803776\nTotal offline memory:                 0\n';
const LSMEM_200G =
  'Memory block size:           2147483648\nTotal online memory:       214748364800\nTotal offline memory:                 0\n';
const MEMINFO_64G = 'MemTotal:       65700000 kB\nMemFree:        61234567 kB\nMemAvailable:   63000000 kB\n';
const MEMINFO_24G = 'MemTotal:       24684084 kB\nMemFree:        24390184 kB\n';

describe('RAM parsers', () => {
  it('lsmem -b --summary=only', () => {
    assert.equal(parseLsmemSummary(LSMEM_24G), 25_769_803_776);
    assert.equal(parseLsmemSummary('lsmem: failed to read /sys/devices/system/memory'), undefined);
    assert.equal(parseLsmemSummary('Total online memory:      24G\n'), undefined); // without -b: not bytes
  });

  it('sysfs memory blocks', () => {
    assert.equal(parseSysfsMemory('8000000\n', 192), 192 * 134_217_728);
    assert.equal(parseSysfsMemory('80000000', 100), 100 * 2 ** 31);
    assert.equal(parseSysfsMemory('zz', 4), undefined);
    assert.equal(parseSysfsMemory('8000000', 0), undefined);
  });

  it('/proc/meminfo MemTotal', () => {
    assert.equal(parseMeminfoTotalKb(MEMINFO_64G), 65_700_000);
    assert.equal(parseMeminfoTotalKb('MemFree: 1 kB\n'), undefined);
  });

  it('sysctl -n hw.memsize', () => {
    assert.equal(parseSysctlMemsize('68719476736\n'), 68_719_476_736);
    assert.equal(parseSysctlMemsize('unknown oid'), undefined);
  });
});

describe('readRam picks the most exact source', () => {
  it('prefers lsmem', () => {
    const r = readRam({ lsmem: LSMEM_200G, sysfsBlockSizeHex: '8000000', sysfsOnlineBlocks: 8, meminfo: MEMINFO_24G });
    assert.deepEqual([r?.ramGiB, r?.source], [200, 'lsmem']);
  });

  it('falls back to the sysfs blocks when lsmem is missing or says nothing', () => {
    const r = readRam({ lsmem: 'garbage', sysfsBlockSizeHex: '80000000', sysfsOnlineBlocks: 64, meminfo: MEMINFO_64G });
    assert.deepEqual([r?.ramGiB, r?.source], [128, 'sysfs']);
  });

  it('falls back to MemTotal rounded up to a whole GiB (a 64 GiB host shows 62.66 there)', () => {
    const r = readRam({ meminfo: MEMINFO_64G });
    assert.deepEqual([r?.ramGiB, r?.source], [63, 'meminfo']);
    assert.equal(readRam({ meminfo: MEMINFO_24G })?.ramGiB, 24);
  });

  it('reads macOS hw.memsize', () => {
    assert.deepEqual(readRam({ os: 'Darwin', sysctlMemsize: '137438953472' }), {
      ramGiB: 128,
      source: 'sysctl',
      detail: 'hw.memsize 137438953472 bytes',
    });
  });

  it('returns undefined when nothing answered', () => {
    assert.equal(readRam({}), undefined);
  });
});
