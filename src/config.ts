import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

export interface Config {
  port: number;
  host: string;
  db: string;
  validateResponses: boolean;
  adminToken?: string;
  /** Host names served beyond loopback names and IP literals; ['all'] turns the Host check off. */
  allowedHosts?: string[];
  /** Fault rules that hold from start to stop: --faults FILE (JSON: a list, or {"rules": [...]}) and --latency MS[-MS]. */
  startupFaults?: unknown[];
  /** A scenario document (--scenario FILE, JSON or YAML) merged into the state at start, checked like a seed. */
  scenario?: unknown;
  /** --seed N: ids and generated data repeat from run to run. */
  seed?: number;
  logFormat?: 'pretty' | 'json';
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Access-Control-Allow-* on vendor routes, for browser clients (never on the admin API). */
  cors?: boolean;
}

/** A mistake in how the command was called: one line, the usage, exit code 2. */
export class UsageError extends Error {}

/** True for addresses only this machine can reach: vendor routes then serve only loopback Host names too. */
export function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

export const DEFAULTS = { port: 4010, host: '127.0.0.1', db: '.sandbox/db.json' } as const;

export const START_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  scenario: { type: 'string' },
  seed: { type: 'string' },
  'validate-responses': { type: 'boolean' },
  'allowed-hosts': { type: 'string' },
  faults: { type: 'string' },
  latency: { type: 'string' },
  'log-format': { type: 'string' },
  'log-level': { type: 'string' },
  quiet: { type: 'boolean' },
  cors: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flags win over environment variables, which win over defaults. Unknown flags and stray words are usage errors. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): Config {
  const values = parseStrict(argv, START_OPTIONS);
  const port = Number(values.port ?? env.PORT ?? DEFAULTS.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Invalid port "${values.port ?? env.PORT}": use a whole number from 0 to 65535.`);
  const logFormat = values['log-format'] ?? env.SANDBOX_LOG_FORMAT;
  if (logFormat !== undefined && logFormat !== 'pretty' && logFormat !== 'json') throw new UsageError(`Invalid --log-format "${logFormat}": use pretty or json.`);
  // --quiet hides the request lines but still shows problems.
  const logLevel = values.quiet ? 'warn' : (values['log-level'] ?? env.SANDBOX_LOG_LEVEL);
  if (logLevel !== undefined && !['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) throw new UsageError(`Invalid --log-level "${logLevel}": use debug, info, warn, error or silent.`);
  return {
    port,
    host: values.host ?? env.HOST ?? DEFAULTS.host,
    db: values.db ?? env.SANDBOX_DB ?? DEFAULTS.db,
    validateResponses: Boolean(values['validate-responses']) || env.SANDBOX_VALIDATE_RESPONSES === '1',
    adminToken: env.SANDBOX_ADMIN_TOKEN || undefined,
    allowedHosts: (values['allowed-hosts'] ?? env.SANDBOX_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h !== ''),
    startupFaults: readStartupFaults(values.faults ?? env.SANDBOX_FAULTS, values.latency ?? env.SANDBOX_LATENCY),
    scenario: values.scenario === undefined ? undefined : readDocument(values.scenario),
    seed: readSeed(values.seed ?? env.SANDBOX_SEED),
    logFormat: logFormat as Config['logFormat'],
    logLevel: logLevel as Config['logLevel'],
    cors: Boolean(values.cors) || env.SANDBOX_CORS === '1',
  };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** parseArgs, strict, with every mistake turned into one UsageError line (and a "did you mean"). */
export function parseStrict<O extends OptionSpec>(argv: string[], options: O, allowPositionals = false) {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return Object.assign(values as Record<string, string | boolean | undefined> as { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string }, { _: positionals });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const guess = closest(unknown.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(`unknown option ${unknown}${guess ? `; did you mean --${guess}?` : ''}`);
    }
    const stray = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    if (stray) throw new UsageError(`unexpected argument "${stray}"${stray.startsWith('-') ? '' : `; flags start with --, e.g. --${closest(stray, Object.keys(options)) ?? 'port'} ${stray}`}`);
    throw new UsageError(message.split('\n')[0]);
  }
}

/** The known word nearest to a typo (edit distance at most 3), if any. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word, name);
    if (distance <= 3 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** A JSON or YAML document from a file, or a UsageError saying why not. */
export function readDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return ['.yaml', '.yml'].includes(extname(file).toLowerCase()) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid ${extname(file).toLowerCase().startsWith('.y') ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`);
  }
}

function readSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw new UsageError(`Invalid --seed "${value}": use a whole number.`);
  return seed;
}

function readStartupFaults(file: string | undefined, latency: string | undefined): unknown[] {
  const rules: unknown[] = [];
  if (file) {
    const doc = readDocument(file);
    const list = Array.isArray(doc) ? doc : (doc as { rules?: unknown })?.rules;
    if (!Array.isArray(list)) throw new UsageError(`${file}: expected a list of fault rules, or {"rules": [...]}.`);
    rules.push(...list);
  }
  if (latency !== undefined) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(latency);
    if (!range) throw new UsageError(`Invalid --latency "${latency}": use milliseconds, e.g. 200 or 100-300.`);
    rules.push({ action: 'latency', min_ms: Number(range[1]), max_ms: Number(range[2] ?? range[1]) });
  }
  return rules;
}
