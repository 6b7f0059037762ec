import type { ConfigRead } from '../remote/read-config.js';

/**
 * Why the config file that was found could not be read, with the fix; undefined when its bytes came.
 * plan refuses such a host; status says it could not tell, instead of calling the file unmanaged.
 */
export function unreadReason(config: ConfigRead, user: string): { reason: string; fix: string } | undefined {
  if (config.state !== 'found') return undefined;
  if (!config.isFile) {
    return {
      reason: `${config.path} is not a regular file`,
      fix: 'point wezfleet at the file WezTerm loads with --config or config: in the inventory',
    };
  }
  if (config.foreignLink) {
    const { linkUid, targetUid } = config.foreignLink;
    return {
      reason: `${config.path} is a link owned by uid ${linkUid} to ${config.realPath}, owned by uid ${targetUid}; as root wezfleet changes only a file of the link's owner`,
      fix: 'run as that user (sudo_user), or replace the link',
    };
  }
  if (!config.readable) {
    return { reason: `${config.realPath} is not readable by ${user}`, fix: "run as the file's owner, or set sudo: true for this host" };
  }
  return undefined;
}
