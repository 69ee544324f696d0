// The database lock against what really happens to its holder: a zombie nobody reaps, a reused pid, a holder in
// another container or on another machine (seen only through its heartbeat), and a live holder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDatabase, releaseLock } from './db-lock.js';
import { currentHolder, judgeLock, parseLock, probeProcess } from './lock-holder.js';

const children = new Set<ChildProcess>();
const held: string[] = [];
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  for (const path of held.splice(0)) releaseLock(path);
});

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'sandbox-lock-')), 'db.json');
const lockOf = (path: string) => JSON.parse(readFileSync(`${path}.lock`, 'utf8'));
const take = (path: string) => {
  lockDatabase(path);
  held.push(path);
};

/** Run `sh -c script`; resolves with the child and the first line it prints. */
function shell(script: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, line: out.split('\n')[0] });
    });
    child.once('exit', (code) => reject(new Error(`sh exited with ${code} before printing: ${out}`)));
  });
}

describe('the lock judges its holder', () => {
  const here = { pid: 100, started: '5000', boot: 'boot-a', pidSpace: 'pid:[1]', host: 'box' };
  const running = (started: string) => () => ({ state: 'running' as const, started });
  it('refuses only a live holder in sight with its own start time', () => {
    expect(judgeLock({ ...here, pid: 200, started: '7000' }, here, running('7000')).kind).toBe('held');
    expect(judgeLock({ ...here, pid: 200, started: '7000' }, here, running('9999'))).toEqual({ kind: 'stale', why: 'pid 200 now belongs to another process' });
    expect(judgeLock({ ...here, pid: 200 }, here, () => ({ state: 'zombie' })).kind).toBe('stale');
    expect(judgeLock({ ...here, pid: 200 }, here, () => ({ state: 'absent' })).kind).toBe('stale');
    expect(judgeLock({ ...here }, here).kind).toBe('mine');
    // A bare pid (a lock written before the record) is judged by the pid alone, zombies included.
    expect(judgeLock(parseLock('200')!, here, () => ({ state: 'zombie' })).kind).toBe('stale');
    expect(judgeLock(parseLock('200')!, here, running('1')).kind).toBe('held');
  });

  it('leaves a holder out of sight of /proc (another pid namespace or machine) to the heartbeat; a reboot is stale', () => {
    expect(judgeLock({ ...here, pidSpace: 'pid:[2]', host: 'other-container' }, here).kind).toBe('ask-heartbeat');
    expect(judgeLock({ ...here, pid: 100, pidSpace: 'pid:[2]' }, here).kind).toBe('ask-heartbeat'); // both pid 1 of their containers
    expect(judgeLock({ ...here, boot: 'boot-b', host: 'elsewhere' }, here).kind).toBe('ask-heartbeat');
    expect(judgeLock({ ...here, boot: 'boot-b' }, here).kind).toBe('stale');
    expect(parseLock('{"nope": 1}')).toBeUndefined();
  });
});

describe('lockDatabase', () => {
  it('takes over the lock of a killed sandbox that stays a zombie (its parent never reaps it)', async () => {
    const db = tempDb();
    // The holder's parent execs into sleep, which never waits for children: killed, the holder stays a zombie.
    const holder = `${process.execPath} --import tsx --input-type=module -e "const m = await import('./src/engine/store/db-lock.ts'); m.lockDatabase(process.argv[1]); console.log(process.pid); setInterval(() => {}, 1000)" ${db} & exec sleep 60`;
    const { line } = await shell(holder);
    const pid = Number(line);
    expect(lockOf(db)).toMatchObject({ pid });
    expect(() => lockDatabase(db)).toThrow(new RegExp(`in use by process ${pid}`));
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && probeProcess(pid).state !== 'zombie'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(`/proc/${pid}/stat`, 'utf8')).toMatch(/\) Z /); // a real zombie: kill(pid, 0) still succeeds
    expect(() => process.kill(pid, 0)).not.toThrow();
    take(db);
    expect(lockOf(db)).toMatchObject({ pid: process.pid });
  }, 30_000);

  it('takes over a lock whose pid now belongs to another process (another start time)', async () => {
    const db = tempDb();
    const { child } = await shell('echo up; exec sleep 60');
    const other = { ...currentHolder(), pid: child.pid! };
    writeFileSync(`${db}.lock`, JSON.stringify({ ...other, started: '1' }));
    take(db);
    expect(lockOf(db)).toMatchObject({ pid: process.pid });
    releaseLock(db);
    // The same pid with its real start time is a live holder: refused.
    const started = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ')[19];
    writeFileSync(`${db}.lock`, JSON.stringify({ ...other, started }));
    expect(() => lockDatabase(db)).toThrow(new RegExp(`in use by process ${child.pid}`));
  });

  it('a lock from another container or host: refused while its heartbeat goes on, taken over once it stops', async () => {
    const db = tempDb();
    const foreign = { pid: 1, started: '42', boot: 'another-kernel', pidSpace: 'pid:[4026531999]', host: 'ci-runner-7' };
    writeFileSync(`${db}.lock`, JSON.stringify(foreign));
    // Its holder keeps touching it, as a live sandbox's heartbeat does.
    await shell(`echo up; while :; do touch ${db}.lock; sleep 0.3; done`);
    const started = Date.now();
    expect(() => lockDatabase(db)).toThrow(/in use by process 1 on ci-runner-7 \(in another container or machine/);
    expect(Date.now() - started).toBeLessThan(4000);
    for (const child of children) child.kill('SIGKILL');
    children.clear();
    // A heartbeat that stopped long ago: stale at once.
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${db}.lock`, old, old);
    const again = Date.now();
    take(db);
    expect(Date.now() - again).toBeLessThan(1000);
    expect(lockOf(db)).toMatchObject({ pid: process.pid, host: currentHolder().host });
  }, 20_000);

  it('keeps its own lock fresh from a worker thread, even while the main thread is busy', async () => {
    const db = tempDb();
    take(db);
    const before = statSync(`${db}.lock`).mtimeMs;
    const until = Date.now() + 2500;
    while (Date.now() < until); // a long seed holding the event loop
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(`${db}.lock`).mtimeMs).toBeGreaterThan(before);
  });
});
