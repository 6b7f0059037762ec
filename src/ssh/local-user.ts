import { userInfo, type UserInfo } from 'node:os';

let cached: UserInfo<string> | undefined;

/**
 * This machine's user from the passwd entry, as ssh takes it (not $HOME): looked up once per run,
 * since every host's ssh_config resolution asks and each lookup reads the passwd database.
 */
export function localUser(): UserInfo<string> {
  cached ??= userInfo();
  return cached;
}
