// What `start` prints and how it stops, as a developer sees it in a terminal: real processes.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = "const { runCli } = await import('./src/cli.ts'); await runCli(process.argv.slice(1)).catch((e) => { console.error(e.message); process.exit(1); });";

/** Start, wait for the banner, send `signal`; resolves with stdout and the exit code. */
function startThenStop(args: string[], signal: NodeJS.Signals): Promise<{ out: string; code: number | null }> {
  const db = join(mkdtempSync(join(tmpdir(), 'sandbox-banner-')), 'db.json');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', CLI, 'start', '--db', db, ...(args.includes('--port') ? [] : ['--port', '0']), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
    if (out.includes('default credentials:')) setTimeout(() => child.kill(signal), 200);
  });
  // --quiet prints nothing to wait for: stop once its health answers.
  const port = args[args.indexOf('--port') + 1];
  if (args.includes('--quiet')) {
    const poll = setInterval(() => {
      fetch(`http://127.0.0.1:${port}/__sandbox/health`).then(
        (res) => res.ok && (clearInterval(poll), child.kill(signal)),
        () => {},
      );
    }, 100);
    child.once('exit', () => clearInterval(poll));
  }
  return new Promise((resolve) => child.once('exit', (code) => resolve({ out, code })));
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe('start banner and stop', () => {
  it('shows the dashboard and docs URLs first, then the credentials as a table; Ctrl-C stops with one line and exit 0', async () => {
    const { out, code } = await startThenStop(['--log-level', 'warn'], 'SIGINT');
    const lines = out.trimEnd().split('\n');
    const base = /listening on (http:\/\/\S+)/.exec(lines[0])![1];
    expect(lines[1]).toBe(`  dashboard  ${base}/__sandbox/`);
    expect(lines[2]).toBe(`  docs       ${base}/__sandbox/docs`);
    expect(lines[3]).toBe('  default credentials:');
    expect(lines.slice(4, 9).map((line) => line.trim().split(/\s{2,}/)[0]).sort()).toEqual(['Partnero', 'Prefinery', 'Pureprofile', 'ReferralAPI', 'Voucherify']);
    expect(lines.find((line) => line.includes('Partnero'))).toMatch(/pn_sandbox_key/);
    expect(lines.at(-1)).toBe('referral-sandbox stopped (SIGINT)');
    expect(code).toBe(0);
  }, 30_000);

  it('--quiet keeps only the listening line (no table, no stop line), and SIGTERM is a clean stop too', async () => {
    const { out, code } = await startThenStop(['--quiet', '--port', String(await freePort())], 'SIGTERM');
    expect(out.trimEnd().split('\n')).toEqual([expect.stringMatching(/^referral-sandbox listening on http:\/\/127\.0\.0\.1:\d+ \(db .*db\.json\)$/)]);
    expect(code).toBe(0);
  }, 30_000);
});
