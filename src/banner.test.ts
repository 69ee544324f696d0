// What `start` prints and how it stops, as a developer sees it in a terminal: real processes.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = "const { runCli } = await import('./src/cli.ts'); await runCli(process.argv.slice(1)).catch((e) => { console.error(e.message); process.exit(1); });";

/** Start, wait for the banner, send `signal`; resolves with stdout and the exit code. */
function startThenStop(args: string[], signal: NodeJS.Signals): Promise<{ out: string; code: number | null }> {
  const db = join(mkdtempSync(join(tmpdir(), 'sandbox-banner-')), 'db.json');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', CLI, 'start', '--port', '0', '--db', db, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
    if (out.includes('listening on') && (args.includes('--quiet') || out.includes('default credentials:'))) setTimeout(() => child.kill(signal), 200);
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ out, code })));
}

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

  it('--quiet keeps one line; SIGTERM is a clean stop too', async () => {
    const { out, code } = await startThenStop(['--quiet'], 'SIGTERM');
    expect(out.trimEnd().split('\n')).toEqual([expect.stringMatching(/^referral-sandbox listening on http:\/\/127\.0\.0\.1:\d+ \(db .*db\.json\)$/), 'referral-sandbox stopped (SIGTERM)']);
    expect(code).toBe(0);
  }, 30_000);
});
