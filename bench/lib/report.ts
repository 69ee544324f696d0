// Tables and the machine header for the benchmark reports, and writing a section into a results file.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import type { LoadResult } from './load.js';
import { ROOT } from './sandbox.js';

export function machine(): string {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src') ? ' with uncommitted changes under src/' : '';
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${new Date().toISOString()}; ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average at start ${load}; project commit ${commit}${dirty}`;
}

/** The load average when the report is rendered: with the one at start, it tells how busy the machine was. */
export function loadAtEnd(): string {
  return `load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** 1234 -> "1,234"; NaN -> "-". Small values keep `digits` decimals. */
export function num(value: number, digits = 0): string {
  if (Number.isNaN(value)) return '-';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "median (min-max)" over repetitions, or just the value for one. */
export function spread(values: number[], digits = 0): string {
  const valid = values.filter((v) => !Number.isNaN(v));
  if (valid.length <= 1) return num(valid[0] ?? NaN, digits);
  return `${num(median(valid), digits)} (${num(Math.min(...valid), digits)}-${num(Math.max(...valid), digits)})`;
}

/** The columns every load row shows: req/s median (range), p50 ms, p99 ms, CPU us/req, failed. */
export const LOAD_COLUMNS = ['req/s median (range)', 'p50 ms', 'p99 ms', 'CPU us/req', 'failed'];

export function loadCells(runs: LoadResult[]): string[] {
  const failed = runs.reduce((s, r) => s + r.failed, 0);
  const timeouts = runs.reduce((s, r) => s + r.timeouts, 0);
  const busy = runs.some((r) => !r.settled) ? ', server still busy after the run' : '';
  return [
    spread(runs.map((r) => r.rps)),
    num(median(runs.map((r) => r.p50)), 1),
    num(median(runs.map((r) => r.p99)), 1),
    num(median(runs.map((r) => r.cpuMicrosPerRequest))),
    `${failed}${timeouts ? ` (${timeouts} timeouts)` : ''}${busy}`,
  ];
}

export function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * Puts the section between `<!-- bench:NAME -->` markers into the file: replaces the previous one, or appends.
 * Re-running a harness with --write therefore updates its own section and leaves the rest of the file alone.
 */
export function writeSection(file: string, name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}\n`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = old.indexOf(start);
  const to = old.indexOf(end);
  const next = from >= 0 && to > from ? old.slice(0, from) + block + old.slice(to + end.length + 1) : `${old}${old && !old.endsWith('\n\n') ? '\n' : ''}${block}`;
  writeFileSync(file, next);
}
