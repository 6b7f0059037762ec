import { existsSync, readFileSync } from 'node:fs';
import type { KnownHostsStore } from '../ssh/host-key-policy.js';
import { knownHostName } from '../ssh/known-hosts.js';
import type { ResolvedSsh } from '../ssh/ssh-config.js';

export type TransportChoice = 'ssh2' | 'openssh' | 'auto';

/** What a file on this machine holds, for the few files the choice looks at (tests give their own). */
export interface LocalFiles {
  exists(path: string): boolean;
  read(path: string): string;
}
const realFiles: LocalFiles = { exists: existsSync, read: (p) => readFileSync(p, 'utf8') };

/**
 * What in a host's resolved ssh_config only the system's ssh can do, each as the reason shown with
 * the host (empty: ssh2 can serve it). ssh2 has no ProxyCommand, no certificates (user or host), no
 * GSSAPI, no PKCS#11 and no FIDO keys; and ssh asks for passwords where wezfleet's ssh2 never does.
 */
export function needsOpenSsh(r: ResolvedSsh, knownHosts: KnownHostsStore, files: LocalFiles = realFiles): string[] {
  const why: string[] = [];
  if (r.proxyCommand) why.push('ProxyCommand');
  if (r.certificateFiles.length) why.push('CertificateFile');
  // ssh loads ID-cert.pub beside an identity file by itself.
  const cert = r.identityFiles.find((f) => files.exists(`${f}-cert.pub`));
  if (cert) why.push(`a user certificate (${cert}-cert.pub)`);
  const fido = r.identityFiles.find((f) => files.exists(`${f}.pub`) && /^sk-/.test(files.read(`${f}.pub`)));
  if (fido) why.push(`a FIDO key (${fido})`);
  if (r.gssapi) why.push('GSSAPIAuthentication');
  if (r.pkcs11Provider) why.push('PKCS11Provider');
  if (r.passwordLogin) why.push('a password login');
  const name = r.hostKeyAlias ? r.hostKeyAlias.toLowerCase() : knownHostName(r.hostname, r.port);
  const entries = knownHosts.entriesNaming([...r.userKnownHostsFiles, ...r.globalKnownHostsFiles], name);
  if (entries.some((e) => e.marker === 'cert-authority')) why.push('@cert-authority in known_hosts');
  return why;
}

/** The transport for a host: as asked, or under `auto` OpenSSH exactly where ssh2 cannot serve. */
export function chooseTransport(asked: TransportChoice, reasons: readonly string[]): 'ssh2' | 'openssh' {
  if (asked !== 'auto') return asked;
  return reasons.length ? 'openssh' : 'ssh2';
}
