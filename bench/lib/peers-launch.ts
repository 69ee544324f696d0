// How each peer is started, so its PID is the server itself (no npx or shell parent in between), with its own
// defaults: json-server and Prism log every request, like the sandbox; all stdout goes to /dev/null.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Launch } from './proc.js';
import { cleanEnv, ROOT } from './sandbox.js';
import { benchSubscribers, PARTNERO_AUTH, type Subscriber } from './subscribers.js';

/** json-server 0.17.4 on a db.json of the same records (its POST writes the file synchronously, without fsync). */
export function jsonServerLaunch(dbJson: string, port: number): Launch {
  return {
    label: 'json-server 0.17.4',
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
export function prismLaunch(port: number): Launch {
  return {
    label: 'Prism mock',
    command: process.execPath,
    args: [join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js'), 'mock', '--host', '127.0.0.1', '--port', String(port), join(ROOT, 'specs/partnero.yaml')],
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
