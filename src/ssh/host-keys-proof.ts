import type ssh2 from 'ssh2';

/** The parts of ssh2's Client this reaches into: its protocol object and its queue of global-request replies. */
interface ClientInternals {
  _protocol?: { openssh_hostKeysProve?: (...args: unknown[]) => void };
  _callbacks?: unknown[];
}

/**
 * After login, OpenSSH announces all its host keys (hostkeys-00@openssh.com, for UpdateHostKeys), and
 * ssh2 answers by asking the server to prove it holds each one: a signature per key on the host (an
 * RSA one takes milliseconds) and a verification per key here, for keys wezfleet never uses (it checks
 * the handshake's key against known_hosts, and records nothing it is told after login). Call right
 * after client.connect(): the proof request is not sent, and ssh2's reply handler, queued just before
 * it, is taken off the queue again. Where ssh2's internals differ, nothing changes.
 */
export function skipHostKeysProof(client: ssh2.Client): boolean {
  const internals = client as unknown as ClientInternals;
  const proto = internals._protocol;
  if (!proto || typeof proto.openssh_hostKeysProve !== 'function' || !Array.isArray(internals._callbacks)) return false;
  proto.openssh_hostKeysProve = () => {
    internals._callbacks?.pop();
  };
  return true;
}
