/**
 * The keywords OpenSSH 9.2p1 knows, as Debian 12 builds it: readconf.c's table (with GSSAPI and
 * PKCS#11) plus Debian's patches (GSSAPI key exchange, ProtocolKeepAlives, SetupTimeOut,
 * UseBlacklistedKeys), with how many arguments ssh takes for each. Deprecated and unsupported ones
 * are in: ssh warns about them and goes on. A test checks the table against the installed client;
 * another client may know other keywords (macOS's UseKeychain), so an unknown one is an error only
 * where the installed ssh is this one; elsewhere ssh -G is asked.
 */
export const KEYWORDS_CLIENT = /^OpenSSH_9\.2p1 Debian-/;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Keywords whose value is the rest of the line as written, comments included (parse_command, ProxyJump, Match). */
const RAW_KEYWORDS = new Set(['proxycommand', 'localcommand', 'remotecommand', 'knownhostscommand', 'proxyjump', 'match']);

/** Deprecated, unsupported and ignored keywords swallow any arguments; lists take any number. */
const ANY_COUNT = words(`protocol cipher fallbacktorsh globalknownhostsfile2 rhostsauthentication userknownhostsfile2 useroaming usersh
  useprivilegedport useblacklistedkeys afstokenpassing kerberosauthentication kerberostgtpassing rsaauthentication
  rhostsrsaauthentication compressionlevel host include sendenv setenv globalknownhostsfile userknownhostsfile canonicaldomains
  canonicalizepermittedcnames permitremoteopen logverbose`);

const ONE = words(`gssapiauthentication gssapidelegatecredentials gssapikeyexchange gssapitrustdns gssapiclientidentity
  gssapiserveridentity gssapirenewalforcesrekey gssapikexalgorithms pkcs11provider smartcarddevice forwardagent forwardx11
  forwardx11trusted forwardx11timeout exitonforwardfailure xauthlocation gatewayports passwordauthentication
  kbdinteractiveauthentication kbdinteractivedevices challengeresponseauthentication skeyauthentication tisauthentication
  pubkeyauthentication dsaauthentication hostbasedauthentication identityfile identityfile2 identitiesonly certificatefile
  identityagent hostname hostkeyalias port ciphers macs user escapechar connectionattempts batchmode checkhostip
  stricthostkeychecking compression tcpkeepalive keepalive numberofpasswordprompts syslogfacility loglevel dynamicforward
  preferredauthentications hostkeyalgorithms casignaturealgorithms bindaddress bindinterface clearallforwardings enablesshkeysign
  verifyhostkeydns nohostauthenticationforlocalhost connecttimeout addressfamily serveraliveinterval serveralivecountmax
  controlpath controlmaster controlpersist hashknownhosts tunnel tunneldevice permitlocalcommand visualhostkey kexalgorithms
  requesttty sessiontype stdinnull forkafterauthentication proxyusefdpass canonicalizefallbacklocal canonicalizehostname
  canonicalizemaxdots streamlocalbindmask streamlocalbindunlink revokedhostkeys fingerprinthash updatehostkeys
  hostbasedacceptedalgorithms hostbasedkeytypes pubkeyacceptedalgorithms pubkeyacceptedkeytypes ignoreunknown securitykeyprovider
  requiredrsasize enableescapecommandline protocolkeepalives setuptimeout`);

/** Every known keyword and how many arguments ssh takes for it: [fewest, most]. */
const ARITY = new Map<string, readonly [number, number]>([
  ...[...ANY_COUNT, ...RAW_KEYWORDS].map((k) => [k, [0, Infinity]] as const),
  ...ONE.map((k) => [k, [1, 1]] as const),
  ...['remoteforward', 'addkeystoagent', 'ipqos', 'rekeylimit'].map((k) => [k, [1, 2]] as const),
  ['localforward', [2, 2]],
]);

/** Other names ssh takes for a key wezfleet reads (identityfile2 upstream, the keep-alive two Debian's). */
export const KEYWORD_ALIASES: Record<string, string> = {
  identityfile2: 'identityfile',
  protocolkeepalives: 'serveraliveinterval',
  setuptimeout: 'serveraliveinterval',
};

export function isKnownKeyword(keyword: string): boolean {
  return ARITY.has(keyword);
}

/** Whether ssh takes this many arguments for a known keyword (else it stops with "extra arguments" or "missing argument"). */
export function takesArgCount(keyword: string, count: number): boolean {
  const [fewest, most] = ARITY.get(keyword) ?? [1, 1];
  return count >= fewest && count <= most;
}

/** Every keyword in the table, for the test that checks it against the installed ssh. */
export function knownKeywords(): string[] {
  return [...ARITY.keys()].sort();
}
