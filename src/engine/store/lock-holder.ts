// Who holds a database lock, and is it really still there? A pid alone cannot say: on a machine whose pid 1 does not
// reap orphans a killed sandbox stays a zombie that kill(pid, 0) calls alive, a pid is reused after its process is
// gone, and two containers on one volume are both pid 1. So the lock records the holder's identity as well:
//   - pid, and its start time (field 22 of /proc/<pid>/stat): a reused pid has another start time;
//   - the kernel's boot id and the pid namespace: where those match ours, /proc answers for the holder; where they do
//     not (another container, another machine on a shared volume), only the holder's heartbeat can: it touches the
//     lock file every second (from a worker thread, so a busy event loop does not stop it).
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockRecord {
  pid: number;
  /** Start time of the process in clock ticks since boot (Linux); absent elsewhere. */
  started?: string;
  boot?: string;
  /** The pid namespace, e.g. "pid:[4026531836]". */
  pidSpace?: string;
  host?: string;
}

/** This process, as its lock records it. */
export function currentHolder(): LockRecord {
  return { pid: process.pid, started: startTimeOf(process.pid), boot: readOr('/proc/sys/kernel/random/boot_id')?.trim(), pidSpace: linkOr('/proc/self/ns/pid'), host: hostname() };
}

/** A lock file's text: the JSON record, or a bare pid (locks written before the record). Undefined when unreadable. */
export function parseLock(text: string): LockRecord | undefined {
  if (/^\s*\d+\s*$/.test(text)) return { pid: Number(text) };
  try {
    const value = JSON.parse(text) as LockRecord;
    return Number.isInteger(value?.pid) && value.pid > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export type Verdict =
  /** This very process wrote it (a restart inside one process, or the same container's pid 1 after a restart). */
  | { kind: 'mine' }
  /** A live process that is the holder: refuse. */
  | { kind: 'held'; why: string }
  /** The holder is gone (exited, a zombie, a reused pid, a reboot): take it over. */
  | { kind: 'stale'; why: string }
  /** Out of sight of /proc (another pid namespace or machine): only the heartbeat can tell. */
  | { kind: 'ask-heartbeat' };

/** What /proc says about a pid in this namespace: absent, a zombie, or running since `started`. */
export interface ProcessProbe {
  (pid: number): { state: 'absent' } | { state: 'zombie' } | { state: 'running'; started?: string };
}

export function judgeLock(record: LockRecord, here: LockRecord, probe: ProcessProbe = probeProcess): Verdict {
  const legacy = record.boot === undefined && record.pidSpace === undefined;
  const sameSpace = legacy || (record.boot === here.boot && record.pidSpace === here.pidSpace && record.pidSpace !== undefined);
  if (!sameSpace) {
    if (record.boot !== undefined && record.boot !== here.boot && record.host === here.host) return { kind: 'stale', why: 'this machine has restarted since' };
    return { kind: 'ask-heartbeat' };
  }
  if (record.pid === here.pid && (legacy || record.started === here.started)) return { kind: 'mine' };
  const seen = probe(record.pid);
  if (seen.state === 'absent') return { kind: 'stale', why: `process ${record.pid} has exited` };
  if (seen.state === 'zombie') return { kind: 'stale', why: `process ${record.pid} has exited (a zombie nobody reaped)` };
  if (record.started !== undefined && seen.started !== undefined && seen.started !== record.started) return { kind: 'stale', why: `pid ${record.pid} now belongs to another process` };
  return { kind: 'held', why: `is in use by process ${record.pid}` };
}

export const probeProcess: ProcessProbe = (pid) => {
  const stat = readOr(`/proc/${pid}/stat`);
  if (stat !== undefined) {
    // "pid (comm) S ppid ...": comm may hold spaces and parentheses, so fields count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[0] === 'Z' || fields[0] === 'X' ? { state: 'zombie' } : { state: 'running', started: fields[19] };
  }
  try {
    process.kill(pid, 0); // no /proc (macOS): the signal check is all there is
    return { state: 'running' };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? { state: 'running' } : { state: 'absent' };
  }
};

function startTimeOf(pid: number): string | undefined {
  const seen = probeProcess(pid);
  return seen.state === 'running' ? seen.started : undefined;
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function linkOr(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}
