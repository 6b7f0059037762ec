import { readFileSync, readlinkSync } from 'node:fs';

/**
 * A thread's own CPU time, from Linux's /proc: the config check is bounded by the CPU its worker
 * spends, so that a busy client (hundreds of hosts, other jobs) does not turn a 10 ms config into
 * one that "exceeded 2 s". Elsewhere there is no per-thread figure and the caller keeps to wall time.
 */

/** The calling thread's id, for threadCpuMs (undefined where /proc/thread-self does not exist). */
export function currentThreadId(): number | undefined {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}

/** User and system CPU of a thread of this process, in ms (10 ms steps); undefined once it is gone. */
export function threadCpuMs(tid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // After the command name in parentheses (which may hold spaces): utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // /proc counts in USER_HZ, 100 per second on every Linux architecture.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
