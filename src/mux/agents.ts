/** A process as `ps -e -o pid=,ppid=,pgid=,sid=,tty=,args=` shows it. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  /** `pts/3`, or `?` for none. */
  tty: string;
  args: string;
}

export function parseProcesses(text: string): ProcessInfo[] {
  return text.split('\n').flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    return m ? [{ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), sid: Number(m[4]), tty: m[5]!, args: m[6]! }] : [];
  });
}

export interface AgentPattern {
  name: string;
  pattern: RegExp;
}

/**
 * Claude Code, Codex and Gemini CLI, as their command lines look: the program itself (`claude ...`,
 * `/usr/local/bin/codex ...`) or a JavaScript runtime running their package.
 */
export const DEFAULT_AGENT_PATTERNS: AgentPattern[] = [
  { name: 'claude', pattern: /^(\S*\/)?claude(\s|$)|^(\S*\/)?(node|nodejs|bun)\s+\S*(@anthropic-ai\/claude-code|\/claude)(\s|$|\/)/ },
  { name: 'codex', pattern: /^(\S*\/)?codex(\s|$)|^(\S*\/)?(node|nodejs|bun)\s+\S*(@openai\/codex|\/codex)(\s|$|\/)/ },
  { name: 'gemini', pattern: /^(\S*\/)?gemini(\s|$)|^(\S*\/)?(node|nodejs|bun)\s+\S*(@google\/gemini-cli|\/gemini)(\s|$|\/)/ },
];

/** `--agent NAME=REGEX`. */
export function parseAgentPattern(text: string): AgentPattern | string {
  const eq = text.indexOf('=');
  if (eq < 1) return `expected NAME=REGEX, got ${JSON.stringify(text)}`;
  try {
    return { name: text.slice(0, eq), pattern: new RegExp(text.slice(eq + 1)) };
  } catch (err) {
    return `${text.slice(0, eq)}: not a regular expression (${(err as Error).message})`;
  }
}

export interface PaneAgent {
  paneId: number;
  tty: string;
  agent: string;
  /** The agent's topmost process on that tty (a wrapper and its child count once). */
  pid: number;
  args: string;
}

/**
 * The agents running in the given ptys: one per tty however many of its processes match (a
 * wrapper and its child are one session), reported by the process nearest the session leader.
 */
export function findAgents(
  panes: readonly { pane_id: number; tty_name: string }[],
  processes: readonly ProcessInfo[],
  patterns: readonly AgentPattern[],
): PaneAgent[] {
  const found: PaneAgent[] = [];
  for (const pane of panes) {
    const tty = pane.tty_name.replace(/^\/dev\//, '');
    const onTty = processes.filter((p) => p.tty === tty).sort((a, b) => Number(b.pid === b.sid) - Number(a.pid === a.sid) || a.pid - b.pid);
    for (const p of onTty) {
      const match = patterns.find((a) => a.pattern.test(p.args));
      if (match) {
        found.push({ paneId: pane.pane_id, tty: pane.tty_name, agent: match.name, pid: p.pid, args: p.args });
        break;
      }
    }
  }
  return found;
}
