import { readAsset } from '../assets.js';

export type ScriptName = 'facts' | 'read-config' | 'write-config' | 'read-file';

const cache = new Map<ScriptName, string>();

/** A remote script from src/remote/sh, with the shared prelude in front. */
export function remoteScript(name: ScriptName): string {
  let script = cache.get(name);
  if (!script) {
    script = `${readAsset('remote/sh/prelude.sh')}\n${readAsset(`remote/sh/${name}.sh`)}`;
    cache.set(name, script);
  }
  return script;
}
