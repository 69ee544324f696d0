// How each peer is started, so its PID is the server itself (no npx or shell parent in between), with its own
// defaults: json-server and Prism log every request, like the sandbox; all stdout goes to /dev/null.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Launch } from './proc.js';
import { cleanEnv, ROOT } from './sandbox.js';
import { benchSubscribers, PARTNERO_AUTH, type Subscriber } from './subscribers.js';

const version = (packageJson: string) => JSON.parse(readFileSync(packageJson, 'utf8')).version as string;

/** The peers' versions, for the report (json-server, express and autocannon are devDependencies pinned exactly). */
export function versions(prism: string | null): string {
  const installed = ['json-server', 'express', 'autocannon'].map((pkg) => `${pkg} ${version(join(ROOT, 'node_modules', pkg, 'package.json'))}`);
  return [...installed, ...(prism ? [`@stoplight/prism-cli ${version(join(dirname(prism), '..', 'package.json'))}`] : [])].join(', ');
}

/** The version the reference measurements used; the README runs Prism the same way, `npx @stoplight/prism-cli@5`. */
export const PRISM_VERSION = '5.16.0';

/**
 * Prism is not a project dependency (npx fetches it on first use, ~15 s once). Its entry file is resolved through
 * npm exec and then run with node directly, so the measured PID is Prism's server rather than npm's wrapper.
 */
export function resolvePrism(): string {
  const bin = execFileSync('npm', ['exec', '--yes', `--package=@stoplight/prism-cli@${PRISM_VERSION}`, '--', 'sh', '-c', 'command -v prism'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return realpathSync(bin.trim());
}

/** json-server on a db.json of the same records (its POST writes the file synchronously, without fsync). */
export function jsonServerLaunch(dbJson: string, port: number): Launch {
  return {
    label: 'json-server',
    command: process.execPath,
    args: [join(ROOT, 'node_modules/json-server/lib/cli/bin.js'), '--port', String(port), '--host', '127.0.0.1', dbJson],
    env: cleanEnv(),
    cwd: ROOT,
    readyPath: '/subscribers/bench-0',
  };
}

export function writeJsonServerDb(path: string, template: Subscriber, count: number): void {
  writeFileSync(path, JSON.stringify({ subscribers: [...benchSubscribers(template, count)] }, null, 2)); // json-server's own style
}

/** Prism's mock of the project's Partnero spec, in one process (--multiprocess defaults to off outside production). */
export function prismLaunch(entry: string, port: number): Launch {
  return {
    label: 'Prism mock',
    command: process.execPath,
    args: [entry, 'mock', '--host', '127.0.0.1', '--port', String(port), join(ROOT, 'specs/partnero.yaml')],
    env: cleanEnv(),
    cwd: ROOT,
    readyPath: '/v1/subscribers?limit=10',
    readyHeaders: PARTNERO_AUTH,
  };
}

export function expressHelloLaunch(port: number): Launch {
  return {
    label: 'Express hello',
    command: process.execPath,
    args: ['--import', 'tsx', join(ROOT, 'bench/lib/express-hello.ts'), String(port)],
    env: cleanEnv(),
    cwd: ROOT,
    readyPath: '/v1/subscribers/bench-1',
  };
}
