// The README's "Use it in CI" block, run as written: each line in order in a scratch directory, with
// `npx referral-sandbox` standing for this checkout's CLI and PORT for a free port instead of 4010. Between lines,
// what a CI job relies on is checked: the start-up fixtures, a reset back to them (fault budgets whole again), a
// registered data set, and a fault for one test.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { busyPort, startCommand, type Running } from './test-support/installed-cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = /<!-- ci-recipe -->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const lines = block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));

let running: Running | undefined;
const dir = mkdtempSync(join(tmpdir(), 'sandbox-ci-recipe-'));
afterAll(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the README\'s "Use it in CI" recipe', () => {
  it('runs as written and gives what it says', async () => {
    expect(lines.length).toBeGreaterThan(5);
    const { port, close } = await busyPort();
    await close();
    const cli = join(dir, 'referral-sandbox');
    writeFileSync(cli, `#!/bin/sh\nexec '${join(ROOT, 'node_modules', '.bin', 'tsx')}' '${join(ROOT, 'src', 'executable-main.ts')}' "$@"\n`);
    chmodSync(cli, 0o755);
    const env = { ...process.env, PORT: String(port), SANDBOX_VERIFY_LOG: '' };
    const local = (line: string) => line.replaceAll('npx referral-sandbox', `'${cli}'`).replaceAll('127.0.0.1:4010', `127.0.0.1:${port}`);
    const url = `http://127.0.0.1:${port}`;
    const partnero = { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' };
    const total = async () => ((await (await fetch(`${url}/v1/program`, { headers: partnero })).json()) as { data: { total_subscribers: number } }).data.total_subscribers;
    const create = async (email: string) => (await fetch(`${url}/v1/subscribers`, { method: 'POST', headers: partnero, body: JSON.stringify({ email }) })).status;
    const seen: string[] = [];

    for (const line of lines) {
      if (line.trim().endsWith('&')) {
        running = await startCommand('sh', ['-c', `exec ${local(line.trim().slice(0, -1))}`], { cwd: dir, env });
        seen.push('start');
        continue;
      }
      const output = execFileSync('sh', ['-c', local(line)], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
      if (/ health /.test(line)) {
        seen.push('health');
        expect(output).toMatch(/^ok: /);
        expect(await total()).toBe(5 + 1000); // the default scenario's five, and base.json's thousand
        expect(await create('first@example.com')).toBe(503); // faults.json: the first createSubscriber fails once
        expect(await create('first@example.com')).toBe(201);
        expect(await total()).toBe(1006);
      } else if (/ reset$/.test(line.trim())) {
        seen.push('reset');
        expect(await total()).toBe(1005);
        expect(await create('again@example.com')).toBe(503); // the budget is whole again
      } else if (/ reset --scenario big/.test(line)) {
        seen.push('reset big');
        expect(await total()).toBe(5 + 5000);
      } else if (line.startsWith('curl')) {
        seen.push('fault');
        const limited = await fetch(`${url}/v1/subscribers`, { headers: partnero });
        expect(limited.status).toBe(429);
        expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
        expect((await fetch(`${url}/v1/subscribers`, { headers: partnero })).status).toBe(200);
      }
    }
    expect(seen).toEqual(['start', 'health', 'reset', 'reset big', 'fault']);
  }, 120_000);
});
