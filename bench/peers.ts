// The sandbox against its peers (issue 13), side by side in one run, interleaved per repetition (sandbox,
// json-server, Prism, Express, sandbox, ...): durable creates vs json-server 0.17.4's POST, list(10) vs Prism's mock
// of the same spec, GET by id vs an Express hello. Every repetition restarts every target, the writers on a fresh
// copy of the same 1,000 records, so each create run starts from 1k rows.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drive, type Op } from './lib/load.js';
import { jsonServerCreate, partneroOps } from './lib/ops.js';
import { commandLine, readSettings } from './lib/options.js';
import { expressHelloLaunch, jsonServerLaunch, PRISM_VERSION, prismLaunch, resolvePrism, versions, writeJsonServerDb } from './lib/peers-launch.js';
import { renderPeers, type PeerResults } from './lib/peers-report.js';
import { freePort, launch, removeOnInterrupt, stop, type Running } from './lib/proc.js';
import { machine, writeSection } from './lib/report.js';
import { assertHolds, copyStore, prepareFileStore, removeStore, startSandbox } from './lib/sandbox.js';

const RECORDS = 1000;
const settings = readSettings();
const startedOn = machine(); // before npm exec below, which may download Prism
const notes: string[] = [];
let prism: string | null = null;
try {
  prism = resolvePrism();
} catch (error) {
  notes.push(`Prism skipped: npm exec @stoplight/prism-cli@${PRISM_VERSION} failed (${(error as Error).message.split('\n')[0]})`);
}
const header = { command: commandLine('bench:peers'), machine: startedOn, versions: versions(prism) };
console.error(`bench:peers: ${settings.reps} repetitions, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per request type, ${settings.connections} connections`);

const dir = mkdtempSync(join(tmpdir(), 'sandbox-peers-'));
removeOnInterrupt(() => dir);
const prepared = await prepareFileStore(dir, RECORDS, settings).catch((error: Error) => {
  rmSync(dir, { recursive: true, force: true });
  console.error(`bench:peers: cannot prepare the sandbox's database, so nothing to compare: ${error.message}`);
  process.exit(1);
});
const jsonServerTemplate = join(dir, 'json-server-template.json');
writeJsonServerDb(jsonServerTemplate, prepared.template, RECORDS);

interface Target {
  name: string;
  start(run: string): Promise<Running>;
  ops(): Op[];
}

const timeout = settings.startTimeoutSeconds * 1000;
const targets: Target[] = [
  {
    name: 'sandbox, file store (fsync)',
    async start(run) {
      copyStore(prepared.path, run);
      const server = await startSandbox(run, settings.startTimeoutSeconds);
      await assertHolds(server, RECORDS);
      return server;
    },
    ops: () => {
      const { get, list, create } = partneroOps(RECORDS);
      return [get, list, create];
    },
  },
  {
    name: 'json-server',
    async start(run) {
      copyFileSync(jsonServerTemplate, run);
      const port = await freePort();
      return launch(jsonServerLaunch(run, port), port, timeout);
    },
    ops: () => [jsonServerCreate()],
  },
  {
    name: 'Prism mock',
    async start() {
      const port = await freePort();
      return launch(prismLaunch(prism!, port), port, timeout);
    },
    ops: () => {
      const { get, list } = partneroOps(RECORDS);
      return [list, get];
    },
  },
  {
    name: 'Express hello',
    async start() {
      const port = await freePort();
      return launch(expressHelloLaunch(port), port, timeout);
    },
    ops: () => [partneroOps(RECORDS).get],
  },
];

const results: PeerResults = { loads: new Map(), startups: new Map(), notes };
try {
  for (let rep = 1; rep <= settings.reps; rep++) {
    for (const target of targets.filter((t) => prism || t.name !== 'Prism mock')) {
      let server: Running | null = null;
      try {
        server = await target.start(join(dir, `run-${rep}.json`));
        push(results.startups, target.name, server.startupMs);
        const line: string[] = [];
        for (const op of target.ops()) {
          const result = await drive(server.base, server.pid, op, settings);
          push(results.loads, `${target.name}\t${op.name}`, result);
          line.push(`${op.name} ${Math.round(result.rps)}/s`);
        }
        console.error(`  rep ${rep} ${target.name}: start ${(server.startupMs / 1000).toFixed(2)} s, ${line.join(', ')}`);
      } catch (error) {
        results.notes.push(`rep ${rep} ${target.name}: ${(error as Error).message}`);
        console.error(`  rep ${rep} ${target.name}: ${(error as Error).message}`);
      } finally {
        if (server) await stop(server);
        removeStore(join(dir, `run-${rep}.json`));
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

const markdown = renderPeers({ ...header, settings, results });
console.log(markdown);
if (settings.writeTo) {
  writeSection(settings.writeTo, 'peers', markdown);
  console.error(`bench:peers: section written to ${settings.writeTo}`);
}
