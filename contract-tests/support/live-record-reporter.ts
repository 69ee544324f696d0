// A vitest reporter for `npm run test:live`: writes contract-tests/<vendor>/LIVE.md, the dated record of which
// contract tests ran against the real vendor and how they came out. Only for vendors whose tests actually ran
// (passed or failed) in a CONTRACT_TARGET=live run; never in mock mode. It records the base URL's host only (no
// credentials, paths or error text).
//
// A run of part of the suite (one file, -t) updates what it ran and keeps the rest: a test that ran gets a new row;
// a test skipped this time keeps its previous row (date and host of when it last ran); tests gone from a file that
// ran are dropped, as are the rows of files that no longer exist.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

export type LiveResult = 'passed' | 'failed' | 'skipped';

export interface LiveRow {
  /** File name inside contract-tests/<vendor>/. */
  file: string;
  /** Full test name (describe > test). */
  test: string;
  result: LiveResult;
  /** ISO 8601, UTC: when this test last ran live. */
  date: string;
  host: string;
}

/** What one test module reported, reduced to what the record needs. */
export interface ModuleOutcome {
  /** Path relative to the project root, forward slashes. */
  path: string;
  tests: { name: string; state: string }[];
  /** The module failed outside any test (it did not load, or a hook failed). */
  failedOutside: boolean;
}

export const OUTSIDE_ANY_TEST = '(outside any test: the file did not load or a hook failed)';
const HEADER = '| file | test | result | date | host |';

/** contract-tests/<vendor>/<file> → vendor and file; undefined for support/ and anything else. */
export function vendorOf(path: string): { vendor: string; file: string } | undefined {
  const parts = path.split('/');
  if (parts.length < 3 || parts[0] !== 'contract-tests' || parts[1] === 'support') return undefined;
  return { vendor: parts[1]!, file: parts.slice(2).join('/') };
}

/** The host (and port) of <VENDOR>_BASE_URL: never its user, password, path or query. */
export function liveHost(vendor: string, env: NodeJS.ProcessEnv): string {
  const url = env[`${vendor.toUpperCase()}_BASE_URL`];
  if (!url) return '(unset)';
  try {
    return new URL(url).host || '(no host)';
  } catch {
    return '(not a URL)';
  }
}

const ran = (state: string) => state === 'passed' || state === 'failed';

/** Merge one vendor's outcomes of this run into its previous rows (see the top of this file). */
export function mergeRows(previous: LiveRow[], outcomes: { file: string; outcome: ModuleOutcome }[], date: string, host: string, fileExists: (file: string) => boolean): LiveRow[] {
  const ranFiles = new Set(outcomes.map((o) => o.file));
  const rows = previous.filter((row) => !ranFiles.has(row.file) && fileExists(row.file));
  for (const { file, outcome } of outcomes) {
    if (outcome.failedOutside) rows.push({ file, test: OUTSIDE_ANY_TEST, result: 'failed', date, host });
    for (const { name, state } of outcome.tests) {
      if (ran(state)) rows.push({ file, test: name, result: state as LiveResult, date, host });
      else if (state === 'skipped') {
        const before = previous.find((row) => row.file === file && row.test === name);
        rows.push(before ?? { file, test: name, result: 'skipped', date, host });
      }
    }
  }
  const files = [...new Set(rows.map((r) => r.file))].sort();
  return files.flatMap((file) => rows.filter((r) => r.file === file));
}

const cell = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const uncell = (value: string) => value.trim().replace(/\\([\\|])/g, '$1');

export function renderLiveMd(vendor: string, run: { date: string; host: string; passed: number; failed: number; skipped: number; files: string[] }, rows: LiveRow[]): string {
  const checked = rows.filter((r) => r.result === 'passed').length;
  return [
    `# ${vendor}: live contract record`,
    '',
    'Written by `npm run test:live` (`contract-tests/support/live-record-reporter.ts`); do not edit by hand.',
    'A test is **checked against the vendor** only where its row says `passed`: `date` is when it last ran live, `host`',
    'the vendor host it ran against. `skipped` rows are `mockTest`s (sandbox only) or tests no live run has selected yet.',
    '',
    `Last live run: ${run.date} against ${run.host}, ${run.files.length} file(s): ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped.`,
    `Checked against the vendor: ${checked} of ${rows.length} tests.`,
    '',
    HEADER,
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${[r.file, r.test, r.result, r.date, r.host].map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

/** The rows of a LIVE.md written by renderLiveMd (anything unreadable is dropped). */
export function parseLiveMd(text: string): LiveRow[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === HEADER);
  if (start < 0) return [];
  const rows: LiveRow[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/).map(uncell);
    const [file, test, result, date, host] = cells;
    if (cells.length !== 5 || !file || !test || !date || !host || !['passed', 'failed', 'skipped'].includes(result!)) continue;
    rows.push({ file, test, result: result as LiveResult, date, host });
  }
  return rows;
}

/** Write LIVE.md for every vendor with a test that ran in this run; returns the paths written. */
export function writeLiveRecords(root: string, outcomes: ModuleOutcome[], env: NodeJS.ProcessEnv, now: Date = new Date()): string[] {
  if (env.CONTRACT_TARGET !== 'live') return [];
  const byVendor = new Map<string, { file: string; outcome: ModuleOutcome }[]>();
  for (const outcome of outcomes) {
    const where = vendorOf(outcome.path);
    if (!where) continue;
    byVendor.set(where.vendor, [...(byVendor.get(where.vendor) ?? []), { file: where.file, outcome }]);
  }
  const date = now.toISOString();
  const written: string[] = [];
  for (const [vendor, ofVendor] of byVendor) {
    const tests = ofVendor.flatMap((o) => o.outcome.tests);
    if (!tests.some((t) => ran(t.state)) && !ofVendor.some((o) => o.outcome.failedOutside)) continue;
    const dir = join(root, 'contract-tests', vendor);
    const path = join(dir, 'LIVE.md');
    const previous = existsSync(path) ? parseLiveMd(readFileSync(path, 'utf8')) : [];
    const host = liveHost(vendor, env);
    const rows = mergeRows(previous, ofVendor, date, host, (file) => existsSync(join(dir, file)));
    const count = (state: string) => tests.filter((t) => t.state === state).length;
    const run = { date, host, passed: count('passed'), failed: count('failed') + ofVendor.filter((o) => o.outcome.failedOutside).length, skipped: count('skipped'), files: ofVendor.map((o) => o.file) };
    writeFileSync(path, renderLiveMd(vendor, run, rows));
    written.push(path);
  }
  return written;
}

/** Reduce a vitest TestModule to a ModuleOutcome. */
export function outcomeOf(module: TestModule, root: string): ModuleOutcome {
  const tests = [...module.children.allTests()].map((test) => ({ name: test.fullName, state: test.result().state }));
  const failedOutside = module.errors().length > 0 || (module.state() === 'failed' && !tests.some((t) => t.state === 'failed'));
  return { path: relative(root, module.moduleId).split(sep).join('/'), tests, failedOutside };
}

export default class LiveRecordReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, _errors: unknown, reason: TestRunEndReason): void {
    if (reason === 'interrupted') return; // a cut-short run says nothing reliable
    const written = writeLiveRecords(this.root, testModules.map((m) => outcomeOf(m, this.root)), process.env);
    for (const path of written) console.log(`live record: ${relative(this.root, path)}`);
  }
}
