// Servers under measurement run as child processes: started here, timed to their first 200, observed through /proc
// (CPU time and memory of exactly that PID), and stopped. Their stdout goes to /dev/null: each logs one line per
// request by default, as a user would run it, and draining that through a pipe would bill this process instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Launch {
  label: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** GET this path until it answers 200: that moment is the end of start-up. */
  readyPath: string;
  readyHeaders?: Record<string, string>;
  /** Start it in a process group of its own and stop the whole group (npm start: npm does not pass SIGTERM on). */
  group?: boolean;
}

export interface Running {
  label: string;
  child: ChildProcess;
  pid: number;
  base: string;
  /** Spawn to the first 200 from readyPath. */
  startupMs: number;
}

/** A port the kernel just handed out; the tiny race until the child binds it is acceptable on an idle loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const groups = new WeakSet<ChildProcess>();

export async function launch(spec: Launch, port: number, timeoutMs: number): Promise<Running> {
  const started = performance.now();
  const child = spawn(spec.command, spec.args, { stdio: ['ignore', 'ignore', 'pipe'], env: spec.env ?? process.env, cwd: spec.cwd, detached: spec.group === true });
  if (spec.group) groups.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000); // the tail is enough to say why a start failed
  });
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `exited with ${signal ?? code}`;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = started + timeoutMs;
  while (performance.now() < deadline) {
    if (exited) throw new Error(`${spec.label} ${exited} before it was ready: ${stderr.trim() || '(no stderr)'}`);
    try {
      const res = await fetch(`${base}${spec.readyPath}`, { headers: spec.readyHeaders, signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return { label: spec.label, child, pid: child.pid!, base, startupMs: performance.now() - started };
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  await stop({ label: spec.label, child, pid: child.pid!, base, startupMs: NaN });
  throw new Error(`${spec.label} was not ready within ${timeoutMs / 1000} s (START_CAP)${stderr.trim() ? `: ${stderr.trim()}` : ''}`);
}

/** SIGTERM (the sandbox compacts and releases its lock), then SIGKILL if it is still busy after the grace period. */
export async function stop(server: Running, graceMs = 10_000): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => (groups.has(child) ? process.kill(-child.pid!, name) : child.kill(name));
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

// Linux reports utime/stime in USER_HZ ticks, which is 100 on every architecture Node runs on (10 ms resolution;
// runs of thousands of requests make that negligible per request).
const MICROS_PER_TICK = 10_000;

/** User + system CPU time of the whole process (all its threads), in microseconds. */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the command name may contain spaces
  return (Number(fields[11]) + Number(fields[12])) * MICROS_PER_TICK; // fields 14 and 15 of proc(5)
}

/** Resident memory now and its peak so far, in MiB. */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/**
 * Waits until the server stops using CPU (at most capMs): requests still queued when the client stopped would
 * otherwise be billed to the next run. Returns false if it was still busy at the cap.
 */
export async function waitIdle(pid: number, capMs: number): Promise<boolean> {
  const deadline = Date.now() + capMs;
  let before = cpuMicros(pid);
  while (Date.now() < deadline) {
    await sleep(200);
    const now = cpuMicros(pid);
    if (now - before <= MICROS_PER_TICK) return true;
    before = now;
  }
  return false;
}

/** Ctrl-C also reaches the servers (same process group); this removes the work directory (a 1M copy is ~350 MiB). */
export function removeOnInterrupt(dir: () => string | null): void {
  process.once('SIGINT', () => {
    const current = dir();
    if (current) rmSync(current, { recursive: true, force: true });
    process.exit(130);
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
