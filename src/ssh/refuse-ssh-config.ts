import { Refusal } from '../core/errors.js';
import type { BadOption } from './ssh-config-parser.js';

/** ssh_config(5)'s own advice for an option meant for another ssh (macOS's UseKeychain, say). */
function ignoreUnknownFix(keyword: string): string {
  return `if ${keyword} is meant for another ssh (macOS's, say), add "IgnoreUnknown ${keyword}" on a line before it, as ssh_config(5) suggests; else remove that line`;
}

/** ssh stops at a keyword it does not know, so wezfleet does too, where ssh would: the host is refused. */
export function refuseBadOption(alias: string, bad: BadOption): Refusal {
  return new Refusal(
    `ssh ${alias}: ${bad.file} line ${bad.line}: Bad configuration option: ${bad.keyword.toLowerCase()}`,
    ignoreUnknownFix(bad.keyword),
  );
}

/** `ssh -G` refused the config: its words, with the host, and the fix where it is a keyword ssh does not know. */
export function refuseSshG(alias: string, stderr: string): Refusal {
  const bad = /Bad configuration option: (\S+)/.exec(stderr);
  // ssh ends its log lines with \r\n.
  const said = stderr.split(/\r?\n/).filter(Boolean).join('; ');
  return new Refusal(
    `ssh -G ${alias}: ${said}`,
    bad ? ignoreUnknownFix(bad[1]!) : `correct what ssh names there (\`ssh -G ${alias}\` says the same)`,
  );
}
