/**
 * Pure parsers for the places a host reports its memory, and the rule that picks one.
 * Installed size is what the profile is about: lsmem and the sysfs memory blocks give it exactly,
 * /proc/meminfo's MemTotal is 1.5-3% short (the kernel's own reservations), so it is the last resort.
 */

export type RamSource = 'inventory' | 'flag' | 'lsmem' | 'sysfs' | 'meminfo' | 'sysctl';

export interface RamReading {
  ramGiB: number;
  source: RamSource;
  /** What was read, for the report: "68719476736 bytes online", "MemTotal 65700000 kB". */
  detail: string;
}

/** What the facts probe collected; a field is undefined when that source was missing on the host. */
export interface RamFacts {
  os?: string;
  lsmem?: string;
  sysfsBlockSizeHex?: string;
  sysfsOnlineBlocks?: number;
  meminfo?: string;
  sysctlMemsize?: string;
}

const GiB = 1024 ** 3;

function toGiB(bytes: number): number {
  return Math.round((bytes / GiB) * 100) / 100;
}

/** `lsmem -b --summary=only`: "Total online memory:  68719476736". */
export function parseLsmemSummary(text: string): number | undefined {
  const m = /^Total online memory:\s*(\d+)\s*$/m.exec(text);
  if (!m) return undefined;
  const bytes = Number(m[1]);
  return bytes > 0 ? bytes : undefined;
}

/** /sys/devices/system/memory: block_size_bytes is hex without 0x; count of blocks whose state is online. */
export function parseSysfsMemory(blockSizeHex: string, onlineBlocks: number): number | undefined {
  const hex = blockSizeHex.trim().replace(/^0x/i, '');
  if (!/^[0-9a-f]+$/i.test(hex) || !Number.isInteger(onlineBlocks) || onlineBlocks <= 0) return undefined;
  const size = parseInt(hex, 16);
  return size > 0 ? size * onlineBlocks : undefined;
}

/** MemTotal in kB from /proc/meminfo. */
export function parseMeminfoTotalKb(text: string): number | undefined {
  const m = /^MemTotal:\s*(\d+)\s*kB\s*$/m.exec(text);
  if (!m) return undefined;
  const kb = Number(m[1]);
  return kb > 0 ? kb : undefined;
}

/** `sysctl -n hw.memsize` on macOS: bytes. */
export function parseSysctlMemsize(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const bytes = Number(t);
  return bytes > 0 ? bytes : undefined;
}

/** The first source that answered, in order of exactness; undefined when none did. */
export function readRam(facts: RamFacts): RamReading | undefined {
  if (facts.lsmem !== undefined) {
    const bytes = parseLsmemSummary(facts.lsmem);
    if (bytes) return { ramGiB: toGiB(bytes), source: 'lsmem', detail: `${bytes} bytes online (lsmem)` };
  }
  if (facts.sysfsBlockSizeHex !== undefined && facts.sysfsOnlineBlocks !== undefined) {
    const bytes = parseSysfsMemory(facts.sysfsBlockSizeHex, facts.sysfsOnlineBlocks);
    if (bytes) {
      return {
        ramGiB: toGiB(bytes),
        source: 'sysfs',
        detail: `${facts.sysfsOnlineBlocks} online blocks of 0x${facts.sysfsBlockSizeHex.trim()} bytes`,
      };
    }
  }
  if (facts.sysctlMemsize !== undefined) {
    const bytes = parseSysctlMemsize(facts.sysctlMemsize);
    if (bytes) return { ramGiB: toGiB(bytes), source: 'sysctl', detail: `hw.memsize ${bytes} bytes` };
  }
  if (facts.meminfo !== undefined) {
    const kb = parseMeminfoTotalKb(facts.meminfo);
    if (kb) {
      return {
        ramGiB: Math.ceil(kb / (1024 * 1024)),
        source: 'meminfo',
        detail: `MemTotal ${kb} kB, rounded up to a whole GiB (the kernel hides 1.5-3% of installed RAM)`,
      };
    }
  }
  return undefined;
}
