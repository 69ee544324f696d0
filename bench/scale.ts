// Growth with data (issue 13): the sandbox at N Partnero subscribers (SIZES, default 1k,10k,100k,1M), file and
// memory stores, interleaved per repetition (file, memory, file, memory, ...). Each run starts a new server on a
// fresh copy of the prepared records, so creates always start from N: start-up to the first /__sandbox/health,
// RSS, bytes on disk, then GET by random id, list(10) and durable create under 32 connections.
// Settings, method and runtime: bench/README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drive, type LoadResult } from './lib/load.js';
import { partneroOps } from './lib/ops.js';
import { commandLine, readSettings, readSizes } from './lib/options.js';
import { memoryMiB, removeOnInterrupt, stop } from './lib/proc.js';
import { machine, writeSection } from './lib/report.js';
import { assertHolds, copyStore, prepareFileStore, removeStore, startSandbox, storeBytes, type PreparedStore } from './lib/sandbox.js';
import { renderScale, sizeLabel, type ServerRun } from './lib/scale-report.js';
import { seedThroughAdmin } from './lib/subscribers.js';

const settings = readSettings();
const sizes = readSizes();
const header = { command: commandLine('bench:scale'), machine: machine() };
console.error(`bench:scale: sizes ${sizes.join(', ')}, ${settings.reps} repetitions, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per request type, ${settings.connections} connections`);

const runs: ServerRun[] = [];
const notes: string[] = [];
/** Once seeding a size through the admin API hits SEED_CAP, larger sizes would too: their memory runs are skipped. */
let memorySkipped: string | null = null;

let workDir: string | null = null;
removeOnInterrupt(() => workDir);

for (const size of sizes) {
  const dir = (workDir = mkdtempSync(join(tmpdir(), `sandbox-scale-${size}-`)));
  try {
    const t0 = performance.now();
    const prepared = await prepareFileStore(dir, size, settings);
    console.error(`  ${size}: database prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s (${prepared.method})`);
    runs.push({ size, store: 'new file, default scenario only', startupMs: prepared.defaultStartupMs, loads: {} });
    const failed = new Set<string>(); // a store that failed once at this size (e.g. START_CAP) is not retried
    for (let rep = 1; rep <= settings.reps; rep++) {
      for (const store of ['file', 'memory'] as const) {
        if ((store === 'memory' && memorySkipped) || failed.has(store)) continue;
        const run = await measure(store, size, prepared, join(dir, `run-${rep}.json`)).catch((error: Error) => {
          notes.push(`${sizeLabel(size)} ${store} store, repetition ${rep}: ${error.message}; not retried at this size`);
          failed.add(store);
          return null;
        });
        if (run) runs.push(run);
        console.error(`  ${size} ${store} rep ${rep}: ${run ? summary(run) : notes.at(-1)}`);
      }
    }
  } catch (error) {
    notes.push(`${sizeLabel(size)}: ${(error as Error).message}`);
    console.error(`  ${size}: ${(error as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(store: 'file' | 'memory', size: number, prepared: PreparedStore, file: string): Promise<ServerRun> {
  const db = store === 'file' ? file : ':memory:';
  if (store === 'file') copyStore(prepared.path, file);
  const server = await startSandbox(db, settings.startTimeoutSeconds);
  const run: ServerRun = { size, store, startupMs: server.startupMs, loads: {} };
  try {
    if (store === 'memory') {
      const seeded = await seedThroughAdmin(server.base, prepared.template, size, settings.seedCapSeconds);
      run.seedSeconds = seeded.seconds;
      if (!seeded.done) {
        run.seedSeconds = NaN;
        memorySkipped = `memory store skipped from ${sizeLabel(size)} records up: seeding through the admin API passed SEED_CAP=${settings.seedCapSeconds} s (${seeded.seeded.toLocaleString('en-US')} of ${size.toLocaleString('en-US')} seeded)`;
        return run;
      }
    }
    await assertHolds(server, size);
    run.rssReady = memoryMiB(server.pid).rss;
    if (store === 'file') run.bytesStart = storeBytes(file);
    const ops = partneroOps(size);
    // Reads first: the create run adds rows, and the next repetition starts again from a fresh copy.
    for (const op of [ops.get, ops.list, ops.create]) run.loads[op.name] = await drive(server.base, server.pid, op, settings);
    const memory = memoryMiB(server.pid);
    run.rssAfter = memory.rss;
    run.peakRss = memory.peak;
  } finally {
    await stop(server);
  }
  if (store === 'file') {
    run.bytesEnd = storeBytes(file); // after the clean stop, which may compact the log into the snapshot
    removeStore(file);
  }
  return run;
}

if (memorySkipped) notes.push(memorySkipped);

function summary(run: ServerRun): string {
  const parts = Object.entries(run.loads).map(([name, r]: [string, LoadResult]) => `${name} ${Math.round(r.rps)}/s`);
  return [`start ${(run.startupMs / 1000).toFixed(2)} s`, ...(run.seedSeconds !== undefined ? [Number.isNaN(run.seedSeconds) ? 'seed stopped at SEED_CAP' : `seed ${run.seedSeconds.toFixed(1)} s`] : []), ...parts].join(', ');
}

const markdown = renderScale({ ...header, settings, sizes, runs, notes });
console.log(markdown);
if (settings.writeTo) {
  writeSection(settings.writeTo, 'scale', markdown);
  console.error(`bench:scale: section written to ${settings.writeTo}`);
}
