// The markdown that bench/peers.ts prints: each target's rows, then the issue's ratios (sandbox / peer).
import type { LoadResult } from './load.js';
import type { Settings } from './options.js';
import { LOAD_COLUMNS, loadAtEnd, loadCells, median, num, spread, table } from './report.js';

export interface PeerResults {
  /** Keyed "target\top". */
  loads: Map<string, LoadResult[]>;
  startups: Map<string, number[]>;
  notes: string[];
}

const SANDBOX = 'sandbox, file store (fsync)';

/** Sandbox request vs peer request, the issue's floor, and the aim where it names one. */
const RATIOS: { label: string; ours: string; peer: string; theirs: string; floor?: number; aim?: number }[] = [
  { label: 'durable create vs json-server POST', ours: 'create', peer: 'json-server', theirs: 'create (POST /subscribers)', floor: 8, aim: 10 },
  { label: 'list limit=10 vs Prism list', ours: 'list limit=10', peer: 'Prism mock', theirs: 'list limit=10', floor: 4 },
  { label: 'GET by id vs Express hello', ours: 'GET by id', peer: 'Express hello', theirs: 'GET by id', floor: 0.7 },
  { label: 'GET by id vs Prism GET by id (for reference)', ours: 'GET by id', peer: 'Prism mock', theirs: 'GET by id' },
];

export function renderPeers({ command, machine, versions, settings, results }: { command: string; machine: string; versions: string; settings: Settings; results: PeerResults }): string {
  const rows = [...results.loads].map(([key, runs]) => {
    const [target, op] = key.split('\t');
    return [target, op, ...loadCells(runs), spread((results.startups.get(target) ?? []).map((ms) => ms / 1000), 2)];
  });
  const med = (target: string, op: string, pick: (l: LoadResult) => number) => median((results.loads.get(`${target}\t${op}`) ?? []).map(pick));
  const ratios = RATIOS.map(({ label, ours, peer, theirs, floor, aim }) => {
    const rps = med(SANDBOX, ours, (l) => l.rps) / med(peer, theirs, (l) => l.rps);
    const cpu = med(peer, theirs, (l) => l.cpuMicrosPerRequest) / med(SANDBOX, ours, (l) => l.cpuMicrosPerRequest);
    const target = floor === undefined ? '-' : `>= ${floor}x${aim ? ` (aim ${aim}x)` : ''}`;
    const status = floor === undefined || Number.isNaN(rps) ? (Number.isNaN(rps) ? 'not measured' : '-') : rps >= floor ? 'met' : 'not met';
    return [label, target, `${num(rps, 2)}x`, `${num(cpu, 2)}x`, status];
  });
  return [
    '## Side by side with peers, 1k records',
    '',
    `Command: \`${command}\`  `,
    `Machine: ${machine}; ${loadAtEnd()}.  `,
    `Peers: ${versions}.`,
    '',
    [
      `${settings.reps} repetitions, targets interleaved (sandbox, json-server, Prism, Express, ...), each restarted per repetition; the`,
      `sandbox (file store, fsync per group commit) and json-server (synchronous write, no fsync) start every repetition from the same`,
      `1,000 subscribers. Load: autocannon in the harness process, ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per request type.`,
      'CPU us/req = server utime+stime over the run / 2xx answers. Every server logs each request to stdout (/dev/null), its default.',
    ].join('\n'),
    '',
    table(['target', 'request', ...LOAD_COLUMNS, 'start-up s'], rows),
    '',
    'Sandbox / peer at 1k records (req/s ratio of medians; CPU ratio = peer CPU per request / sandbox CPU per request):',
    '',
    table(['comparison', 'target', 'req/s ratio', 'CPU ratio', 'status'], ratios),
    ...(results.notes.length ? ['', '### Notes', '', ...results.notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}
