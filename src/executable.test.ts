// The single-file executable, as a user without Node gets it: built by `npm run build:binary`, copied alone into an
// empty directory, and run with no Node on PATH (bound over with /dev/null where a mount namespace is allowed) and no
// node_modules anywhere above it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs, busyPort, expectServes, runOnce, startCommand } from './test-support/installed-cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUILT = join(ROOT, 'dist', 'bin', `referral-sandbox-${process.platform}-${process.arch}`);
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let dir: string;
let binary: string;
/** Runs a command with only /usr/bin:/bin on PATH, an empty environment, and (where allowed) no node binary at all. */
let isolated: (args: string[]) => [string, string[]];
let hide = false;

/** True when this process may bind-mount over node in a private mount namespace (root on Linux). */
function canHideNode(): boolean {
  return spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind /dev/null "$(command -v node)"'], { stdio: 'ignore' }).status === 0;
}

beforeAll(() => {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build-binary.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  dir = mkdtempSync(join(tmpdir(), 'referral-sandbox-exe-'));
  binary = join(dir, 'referral-sandbox');
  copyFileSync(BUILT, binary);
  execFileSync('chmod', ['755', binary]);
  hide = canHideNode();
  if (!hide) console.warn('[referral-sandbox] executable tests: no mount namespace here, so node stays on PATH (/usr/bin); the run is still from an empty directory with an empty environment');
  isolated = (args) => {
    const run = `exec env -i PATH=/usr/bin:/bin HOME=${dir} "$@"`;
    return hide
      ? ['unshare', ['-m', 'sh', '-c', `for n in $(command -v -a node 2>/dev/null || which -a node); do mount --bind /dev/null "$n"; done; ${run}`, 'sh', ...args]]
      : ['sh', ['-c', run, 'sh', ...args]];
  };
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the single-file executable', () => {
  it('is one file of its own (Node inside), with no Node beside it', () => {
    expect(statSync(binary).size).toBeGreaterThan(50_000_000); // Node itself plus the bundle
    if (hide) {
      const [command, args] = isolated(['sh', '-c', 'node --version']);
      expect(spawnSync(command, args, { cwd: dir, encoding: 'utf8' }).status).not.toBe(0);
    }
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });

  it('answers --version and help', () => {
    const [command, args] = isolated([binary, '--version']);
    expect(execFileSync(command, args, { cwd: dir, encoding: 'utf8' }).trim()).toBe(VERSION);
    const [c2, a2] = isolated([binary, 'help', 'start']);
    expect(execFileSync(c2, a2, { cwd: dir, encoding: 'utf8' })).toMatch(/usage: referral-sandbox start/);
  });

  it('writes a seed file, starts from it, serves vendors, dashboard and docs, answers health and reset', async () => {
    const [c1, a1] = isolated([binary, 'seed', 'partnero.subscribers=3', '--seed', '4', '--out', 'fx.json']);
    expect(execFileSync(c1, a1, { cwd: dir, encoding: 'utf8' })).toMatch(/wrote 3 partnero\.subscribers/);
    const [command, args] = isolated([binary, 'start', '--port', '0', '--scenario', 'fx.json', '--log-level', 'warn']);
    const sandbox = await startCommand(command, args, { cwd: dir });
    try {
      await expectServes(sandbox.url);
      const program = (await (await fetch(`${sandbox.url}/v1/program`, { headers: { Authorization: 'Bearer pn_sandbox_key' } })).json()) as { data: { total_subscribers: number } };
      const seeded = program.data.total_subscribers;
      const [c2, a2] = isolated([binary, 'health', '--url', sandbox.url]);
      expect(execFileSync(c2, a2, { cwd: dir, encoding: 'utf8' })).toMatch(/^ok: /);
      const totalNow = async () => ((await (await fetch(`${sandbox.url}/v1/program`, { headers: { Authorization: 'Bearer pn_sandbox_key' } })).json()) as { data: { total_subscribers: number } }).data.total_subscribers;
      await fetch(`${sandbox.url}/v1/subscribers`, { method: 'POST', headers: { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' }, body: '{"email": "extra@example.com"}' });
      expect(await totalNow()).toBe(seeded + 1);
      const [c3, a3] = isolated([binary, 'reset', '--url', sandbox.url]);
      expect(execFileSync(c3, a3, { cwd: dir, encoding: 'utf8' })).toMatch(/reset .* to the startup scenario/);
      expect(await totalNow()).toBe(seeded); // back to what it started with: the seed file
      const [c4, a4] = isolated([binary, 'reset', '--scenario', 'default', '--keep', 'journal', '--url', sandbox.url]);
      expect(execFileSync(c4, a4, { cwd: dir, encoding: 'utf8' })).toMatch(/reset .* to the default scenario \(kept: journal\)/);
      expect(await totalNow()).toBe(seeded - 3);
      expect(existsSync(join(dir, '.sandbox', 'db.json'))).toBe(true); // the default file store, in the working directory
    } finally {
      expect(await sandbox.stop()).toBe(0); // SIGTERM: a clean stop is a normal end
    }
  }, 60_000);

  it('answers bad input with the same line and exit code as npm start', async () => {
    const busy = await busyPort();
    try {
      for (const bad of badInputs(busy.port)) {
        const [command, args] = isolated([binary, ...bad.argv]);
        expect({ name: bad.name, ...runOnce(command, args, { cwd: dir }) }).toEqual({ name: bad.name, ...bad.expected });
        expect(bad.expected.code).not.toBe(0);
      }
    } finally {
      await busy.close();
    }
  }, 60_000);
});
