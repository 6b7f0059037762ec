import { readAsset } from '../assets.js';

export type ScriptName = 'facts' | 'read-config' | 'write-config' | 'read-file' | 'mux' | 'wait-reload' | 'restart-mux';

const cache = new Map<ScriptName, string>();

/** A remote script from src/remote/sh, with the shared prelude in front. */
export function remoteScript(name: ScriptName): string {
  let script = cache.get(name);
  if (!script) {
    script = [readAsset('remote/sh/prelude.sh'), readAsset('remote/sh/runtime-dir.sh'), readAsset(`remote/sh/${name}.sh`)].join('\n');
    cache.set(name, script);
  }
  return script;
}
