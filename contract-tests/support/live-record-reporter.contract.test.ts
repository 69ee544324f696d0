// The live-record reporter, fed fake vitest results: no network, no real live run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import LiveRecordReporter, { liveHost, OUTSIDE_ANY_TEST, parseLiveMd, renderLiveMd, writeLiveRecords, type LiveRow, type ModuleOutcome } from './live-record-reporter.js';
import { mockTest } from './target.js';

const LIVE_ENV = { CONTRACT_TARGET: 'live', PARTNERO_BASE_URL: 'https://user:s3cret@api.partnero.com/v1?token=t0ken' };
const T1 = new Date('2025-03-01T10:00:00.000Z');
const T2 = new Date('2025-03-02T11:30:00.000Z');

/** A fake vitest TestModule with just what the reporter reads. */
function fakeModule(moduleId: string, tests: [string, string][], state = 'passed', errors: unknown[] = []): TestModule {
  return {
    moduleId,
    state: () => state,
    errors: () => errors,
    children: { *allTests() { for (const [fullName, s] of tests) yield { fullName, result: () => ({ state: s }) }; } },
  } as unknown as TestModule;
}

describe('the live-record reporter', () => {
  let root: string;
  const vendorFile = (vendor: string, file: string) => {
    mkdirSync(join(root, 'contract-tests', vendor), { recursive: true });
    writeFileSync(join(root, 'contract-tests', vendor, file), '// test file\n');
  };
  const record = (vendor: string) => join(root, 'contract-tests', vendor, 'LIVE.md');
  const outcome = (path: string, tests: [string, string][], failedOutside = false): ModuleOutcome => ({ path, tests: tests.map(([name, state]) => ({ name, state })), failedOutside });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'live-record-'));
    for (const f of ['a.contract.test.ts', 'b.contract.test.ts']) vendorFile('partnero', f);
    vendorFile('prefinery', 'x.contract.test.ts');
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  mockTest('writes a dated LIVE.md per vendor that ran, with the host only and each test result', () => {
    const written = writeLiveRecords(
      root,
      [
        outcome('contract-tests/partnero/a.contract.test.ts', [['Partnero > creates | lists', 'passed'], ['Partnero > rejects', 'failed'], ['Partnero > needs seed', 'skipped']]),
        outcome('contract-tests/prefinery/x.contract.test.ts', [['only mock', 'skipped']]), // nothing ran live: no record
        outcome('contract-tests/support/markers.contract.test.ts', [['support', 'passed']]), // not a vendor
      ],
      LIVE_ENV,
      T1,
    );
    expect(written).toEqual([record('partnero')]);
    expect(existsSync(record('prefinery'))).toBe(false);
    const text = readFileSync(record('partnero'), 'utf8');
    expect(text).toContain('# partnero: live contract record');
    expect(text).toContain('Last live run: 2025-03-01T10:00:00.000Z against api.partnero.com, 1 file(s): 1 passed, 1 failed, 1 skipped.');
    expect(text).toContain('| a.contract.test.ts | Partnero > creates \\| lists | passed | 2025-03-01T10:00:00.000Z | api.partnero.com |');
    expect(text).not.toMatch(/user|s3cret|t0ken|\/v1/);
    expect(parseLiveMd(text)).toEqual([
      { file: 'a.contract.test.ts', test: 'Partnero > creates | lists', result: 'passed', date: T1.toISOString(), host: 'api.partnero.com' },
      { file: 'a.contract.test.ts', test: 'Partnero > rejects', result: 'failed', date: T1.toISOString(), host: 'api.partnero.com' },
      { file: 'a.contract.test.ts', test: 'Partnero > needs seed', result: 'skipped', date: T1.toISOString(), host: 'api.partnero.com' },
    ]);
  });

  mockTest('writes nothing outside live mode', () => {
    const ran = [outcome('contract-tests/partnero/a.contract.test.ts', [['t', 'passed']])];
    expect(writeLiveRecords(root, ran, { ...LIVE_ENV, CONTRACT_TARGET: undefined }, T1)).toEqual([]);
    expect(existsSync(record('partnero'))).toBe(false);
  });

  mockTest('a later partial run updates what ran, keeps the rest, drops tests and files that are gone', () => {
    const a = 'contract-tests/partnero/a.contract.test.ts';
    const b = 'contract-tests/partnero/b.contract.test.ts';
    writeLiveRecords(root, [outcome(a, [['a1', 'passed'], ['a2', 'failed'], ['renamed', 'passed']]), outcome(b, [['b1', 'passed']])], LIVE_ENV, T1);
    // A stale row for a file that was deleted since.
    writeFileSync(record('partnero'), readFileSync(record('partnero'), 'utf8').replace(/\n$/, '\n| gone.contract.test.ts | g | passed | 2024-01-01T00:00:00.000Z | h |\n'));

    // Only a.contract.test.ts runs, with -t selecting a2: a1 is skipped this time, "renamed" no longer exists.
    writeLiveRecords(root, [outcome(a, [['a1', 'skipped'], ['a2', 'passed'], ['a3', 'skipped']])], { ...LIVE_ENV, PARTNERO_BASE_URL: 'http://127.0.0.1:4799' }, T2);
    const rows = parseLiveMd(readFileSync(record('partnero'), 'utf8'));
    expect(rows.map((r: LiveRow) => [r.file, r.test, r.result, r.date, r.host])).toEqual([
      ['a.contract.test.ts', 'a1', 'passed', T1.toISOString(), 'api.partnero.com'], // kept: it did not run this time
      ['a.contract.test.ts', 'a2', 'passed', T2.toISOString(), '127.0.0.1:4799'],
      ['a.contract.test.ts', 'a3', 'skipped', T2.toISOString(), '127.0.0.1:4799'],
      ['b.contract.test.ts', 'b1', 'passed', T1.toISOString(), 'api.partnero.com'], // file not run: kept
    ]);
  });

  mockTest('records a file that failed outside any test (did not load, or a hook failed)', () => {
    writeLiveRecords(root, [outcome('contract-tests/partnero/a.contract.test.ts', [], true)], LIVE_ENV, T1);
    expect(parseLiveMd(readFileSync(record('partnero'), 'utf8'))).toEqual([
      { file: 'a.contract.test.ts', test: OUTSIDE_ANY_TEST, result: 'failed', date: T1.toISOString(), host: 'api.partnero.com' },
    ]);
  });

  mockTest('as a vitest reporter: reads TestModules at the end of a live run, ignores interrupted runs', () => {
    for (const [name, value] of Object.entries(LIVE_ENV)) vi.stubEnv(name, value);
    const reporter = new LiveRecordReporter();
    reporter.onInit({ config: { root } } as any);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const modules = [
        fakeModule(join(root, 'contract-tests/partnero/a.contract.test.ts'), [['S > t1', 'passed'], ['S > t2', 'skipped']]),
        fakeModule(join(root, 'contract-tests/partnero/b.contract.test.ts'), [['S > t3', 'skipped']], 'failed'),
      ];
      reporter.onTestRunEnd(modules, [], 'interrupted');
      expect(existsSync(record('partnero'))).toBe(false);
      reporter.onTestRunEnd(modules, [], 'failed');
      expect(log).toHaveBeenCalledWith('live record: contract-tests/partnero/LIVE.md');
    } finally {
      log.mockRestore();
    }
    expect(parseLiveMd(readFileSync(record('partnero'), 'utf8')).map((r) => `${r.file} ${r.test} ${r.result}`)).toEqual([
      'a.contract.test.ts S > t1 passed',
      'a.contract.test.ts S > t2 skipped',
      `b.contract.test.ts ${OUTSIDE_ANY_TEST} failed`,
      'b.contract.test.ts S > t3 skipped',
    ]);
  });

  mockTest('never puts credentials, paths or unparsable URLs in the host', () => {
    expect(liveHost('voucherify', { VOUCHERIFY_BASE_URL: 'https://id:token@api.voucherify.io:8443/v1/?x=1' })).toBe('api.voucherify.io:8443');
    expect(liveHost('voucherify', { VOUCHERIFY_BASE_URL: 'key:secret' })).toBe('(no host)');
    expect(liveHost('voucherify', { VOUCHERIFY_BASE_URL: 'secret value' })).toBe('(not a URL)');
    expect(liveHost('voucherify', {})).toBe('(unset)');
  });

  mockTest('round-trips names with pipes and backslashes through the table', () => {
    const rows: LiveRow[] = [{ file: 'f.ts', test: 'a | b \\| c \\ d', result: 'passed', date: T1.toISOString(), host: 'h' }];
    expect(parseLiveMd(renderLiveMd('v', { date: T1.toISOString(), host: 'h', passed: 1, failed: 0, skipped: 0, files: ['f.ts'] }, rows))).toEqual(rows);
  });
});
