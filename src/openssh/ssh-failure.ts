import { TransportError } from '../core/errors.js';

/** ssh's own lines about the connection, without its warnings about known_hosts and the banner. */
function lastWords(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.replace(/\r$/, '').trim())
    .filter((l) => l && !/^Warning: Permanently added/.test(l));
  return lines.slice(-3).join('; ');
}

/**
 * What a failed `ssh` said, as the same failure kinds as ssh2's: host-key and auth failures are
 * final, network trouble may be retried. `fallback` when ssh said nothing.
 */
export function classifySshFailure(stderr: string, where: string, fallback: string): TransportError {
  const said = lastWords(stderr) || fallback;
  if (/No .* host key is known/i.test(stderr))
    return new TransportError(
      'host-key',
      `the host key of ${where} was refused by ssh: ${said}. Verify the host's key, then add it to known_hosts (ssh once, or ssh-keyscan) or run with --host-key-policy accept-new`,
    );
  if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key .* revoked/i.test(stderr))
    return new TransportError('host-key', `the host key of ${where} was refused by ssh: ${said}`);
  if (/Permission denied|Too many authentication failures|No more authentication methods/i.test(stderr))
    return new TransportError('auth', `authentication failed for ${where}: ${said}`);
  if (/Could not resolve hostname/i.test(stderr)) return new TransportError('connect', `cannot resolve ${where}: ${said}`);
  if (/Connection refused/i.test(stderr))
    return new TransportError('connect', `connection refused by ${where} (no sshd listening?): ${said}`, true);
  const transient =
    /timed out|No route to host|Network is unreachable|Connection reset|Connection closed|kex_exchange_identification|Broken pipe|banner exchange/i.test(
      stderr,
    );
  return new TransportError('connect', `ssh to ${where} failed: ${said}`, transient);
}

/** A command's exit 255 that is ssh's, not the command's: the connection went away under it. */
export function lostConnection(stderr: string, masterAlive: boolean): TransportError | undefined {
  if (!masterAlive || /mux_client|Control socket|Connection to .* closed|client_loop|Broken pipe|kex_exchange_identification/i.test(stderr))
    return new TransportError('disconnected', 'the connection closed while a command was running');
  return undefined;
}
