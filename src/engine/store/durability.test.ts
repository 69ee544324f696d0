// Crash safety end to end: real sandbox processes on one database file, killed with SIGKILL under write load.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const PARTNERO = { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' };
const running = new Set<ChildProcess>();

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

/** Start `src/main.ts` on a free port; resolves with its URL, or rejects with what it printed when it exits first. */
function startSandbox(db: string): Promise<{ child: ChildProcess; base: string }> {
  // `referral-sandbox start` from the sources, in the spawned process itself (so kill -9 hits the server, not a wrapper)
  const cli = "const { runCli } = await import('./src/cli.ts'); await runCli(process.argv.slice(1)).catch((e) => { console.error(e.message); process.exit(1); });";
  const args = ['--import', 'tsx', '--input-type=module', '--eval', cli, 'start', '--port', '0', '--db', db, '--log-level', 'warn'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, base: match[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(Object.assign(new Error(`sandbox exited with ${code}: ${output}`), { output, code })));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('durability under kill -9', () => {
  it('loses no acknowledged write, and no record a read has shown, over repeated kills under concurrent load', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sandbox-kill-')), 'db.json');
    const acknowledged: string[] = [];
    const seenByReads: string[] = [];
    let sent = 0;
    for (let round = 0; round < 3; round++) {
      const { child, base } = await startSandbox(db);
      let stop = false;
      const inFlight = new Set<string>();
      // 12 writers create subscribers as fast as they can; 4 readers look up emails whose create has not answered yet.
      const writer = async () => {
        while (!stop) {
          const email = `kill-${round}-${sent++}@example.com`;
          inFlight.add(email);
          try {
            const response = await fetch(`${base}/v1/subscribers`, { method: 'POST', headers: PARTNERO, body: JSON.stringify({ email }) });
            if (response.status === 201) acknowledged.push(email);
          } catch {
            return; // the process is gone
          } finally {
            inFlight.delete(email);
          }
        }
      };
      const reader = async () => {
        while (!stop) {
          const email = [...inFlight].at(-1);
          if (!email) {
            await new Promise((resolve) => setImmediate(resolve));
            continue;
          }
          try {
            const response = await fetch(`${base}/v1/subscribers/${encodeURIComponent(email)}`, { headers: PARTNERO });
            if (response.status === 200) seenByReads.push(email);
          } catch {
            return;
          }
        }
      };
      const load = Promise.all([...Array.from({ length: 12 }, writer), ...Array.from({ length: 4 }, reader)]);
      await new Promise((resolve) => setTimeout(resolve, 700 + round * 300));
      await killHard(child); // mid-load: some creates are in flight, some half-written
      stop = true;
      await load;
    }
    expect(acknowledged.length).toBeGreaterThan(30); // the load was real

    const { child, base } = await startSandbox(db);
    const missing: string[] = [];
    const expected = [...new Set([...acknowledged, ...seenByReads])];
    for (let at = 0; at < expected.length; at += 32) {
      await Promise.all(
        expected.slice(at, at + 32).map(async (email) => {
          const response = await fetch(`${base}/v1/subscribers/${encodeURIComponent(email)}`, { headers: PARTNERO });
          if (response.status !== 200) missing.push(email);
        }),
      );
    }
    expect(missing).toEqual([]);
    await killHard(child);
  }, 60_000);

  it('a large seed is acknowledged once its snapshot is on disk: kill -9 right after the answer keeps every record', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sandbox-bigseed-')), 'db.json');
    const first = await startSandbox(db);
    const seeded = await fetch(`${first.base}/__sandbox/generate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ counts: { 'partnero.subscribers': 60_000 }, seed: 9 }) });
    expect(seeded.status, await seeded.clone().text()).toBe(200);
    await killHard(first.child);
    // Written as a new snapshot (one serialisation), not as a 22 MB log line compacted straight after.
    expect(existsSync(`${db}.log`) ? statSync(`${db}.log`).size : 0).toBe(0);
    expect(statSync(db).size).toBeGreaterThan(20e6);
    const second = await startSandbox(db);
    const program = (await (await fetch(`${second.base}/v1/program`, { headers: PARTNERO })).json()) as { data: { total_subscribers: number } };
    expect(program.data.total_subscribers).toBe(60_000 + 5);
    await killHard(second.child);
  }, 90_000);

  it('a second sandbox on the same database refuses to start and names the process holding it', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sandbox-lock-')), 'db.json');
    const { child } = await startSandbox(db);
    const second = await startSandbox(db).then(
      () => 'started',
      (error: { output: string; code: number }) => error,
    );
    expect(second).toMatchObject({ code: 1, output: expect.stringContaining(`is in use by process ${child.pid}`) });
    await killHard(child);
  }, 30_000);
});
