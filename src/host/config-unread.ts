import { MAX_CONFIG_BYTES, type ConfigRead } from '../remote/read-config.js';

type Unread = { reason: string; fix: string };

export function danglingReason(config: Extract<ConfigRead, { state: 'dangling' }>): Unread {
  return {
    reason: `${config.path} is a symlink to ${config.target}, which does not exist`,
    fix: 'restore the link target (is the dotfiles repository checked out?) or remove the link',
  };
}

/**
 * Why the config that was found could not be read (a dangling link included), with the fix;
 * undefined when its bytes came, or where there is none. plan refuses such a host; status says it
 * could not tell, instead of calling the file unmanaged or absent.
 */
export function unreadReason(config: ConfigRead, user: string): Unread | undefined {
  if (config.state === 'dangling') return danglingReason(config);
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
  if (config.tooLarge) {
    return {
      reason: `${config.realPath} is larger than ${MAX_CONFIG_BYTES / 2 ** 20} MiB, far more than a WezTerm config; wezfleet reads no more of it`,
      fix: 'check what the file holds (a log or data written over it?), or point wezfleet at the real config with --config',
    };
  }
  return undefined;
}
