import { readFileSync } from 'node:fs';
import { dbSettingProblem } from './engine/store/postgres/sql.js';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { closest } from './engine/did-you-mean.js';

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
  /** The file it came from (absolute), for --watch. */
  scenarioFile?: string;
  /** Documents a reset can name: --scenario NAME=FILE, repeatable. */
  scenarios?: Record<string, unknown>;
  /** Their files, by name, for --watch. */
  scenarioFiles?: Record<string, string>;
  /** --faults FILE (absolute), for --watch. */
  faultsFile?: string;
  /** The --latency rule (the last of startupFaults), kept when --watch reloads the fault file. */
  latencyRule?: unknown;
  /** --fresh: start from the scenario whatever the database holds. */
  fresh?: boolean;
  /** --watch: reload the scenario and fault files when they change. */
  watch?: boolean;
  /** --seed N: ids and generated data repeat from run to run. */
  seed?: number;
  logFormat?: 'pretty' | 'json';
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** --quiet: no request lines and a one-line banner. */
  quiet?: boolean;
  /** Access-Control-Allow-* on vendor routes, for browser clients (never on the admin API). */
  cors?: boolean;
}

/** A mistake in how the command was called: one line, the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * A file named by a flag that cannot be used (unreadable, not JSON/YAML, not a valid scenario or rule list): one line
 * naming the flag and the absolute path, exit code 1, whatever is wrong with it.
 */
export class FileError extends Error {}

/** True for addresses only this machine can reach: vendor routes then serve only loopback Host names too. */
export function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

export const DEFAULTS = { port: 4010, host: '127.0.0.1', db: '.sandbox/db.json' } as const;

export const START_OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string', short: 'H' },
  db: { type: 'string', short: 'd' },
  scenario: { type: 'string', multiple: true, short: 's' },
  fresh: { type: 'boolean' },
  watch: { type: 'boolean', short: 'w' },
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
  const db = values.db ?? env.SANDBOX_DB ?? DEFAULTS.db;
  const dbProblem = dbSettingProblem(db);
  if (dbProblem) throw new UsageError(`Invalid ${values.db !== undefined ? '--db' : 'SANDBOX_DB'}: ${dbProblem}`);
  const startupFaults = readStartupFaults(values.faults ?? env.SANDBOX_FAULTS, values.latency ?? env.SANDBOX_LATENCY);
  return {
    port,
    host: values.host ?? env.HOST ?? DEFAULTS.host,
    db,
    validateResponses: Boolean(values['validate-responses']) || env.SANDBOX_VALIDATE_RESPONSES === '1',
    adminToken: env.SANDBOX_ADMIN_TOKEN || undefined,
    allowedHosts: (values['allowed-hosts'] ?? env.SANDBOX_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h !== ''),
    startupFaults,
    faultsFile: (values.faults ?? env.SANDBOX_FAULTS) ? resolve(values.faults ?? env.SANDBOX_FAULTS!) : undefined,
    latencyRule: (values.latency ?? env.SANDBOX_LATENCY) !== undefined ? startupFaults.at(-1) : undefined,
    ...readScenarios((values.scenario as string[] | undefined) ?? []),
    fresh: Boolean(values.fresh),
    watch: Boolean(values.watch),
    seed: readSeed(values.seed ?? env.SANDBOX_SEED),
    logFormat: logFormat as Config['logFormat'],
    logLevel: logLevel as Config['logLevel'],
    quiet: Boolean(values.quiet),
    cors: Boolean(values.cors) || env.SANDBOX_CORS === '1',
  };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** --scenario FILE (at most one: the start-up document) and --scenario NAME=FILE (documents a reset can name). */
function readScenarios(args: string[]): Pick<Config, 'scenario' | 'scenarioFile' | 'scenarios' | 'scenarioFiles'> {
  const out: Pick<Config, 'scenario' | 'scenarioFile' | 'scenarios' | 'scenarioFiles'> = {};
  for (const arg of args) {
    const named = /^([A-Za-z0-9][\w-]{0,63})=(.+)$/.exec(arg);
    if (named) {
      const [, name, file] = named;
      if (['startup', 'default', 'empty', 'document'].includes(name)) throw new UsageError(`--scenario ${name}=FILE: "${name}" is a name resets already use; pick another`);
      if (out.scenarios && Object.hasOwn(out.scenarios, name)) throw new UsageError(`--scenario ${name}=… is given twice`);
      out.scenarios = { ...out.scenarios, [name]: readDocument(file, '--scenario') };
      out.scenarioFiles = { ...out.scenarioFiles, [name]: resolve(file) };
      continue;
    }
    if (out.scenario !== undefined) throw new UsageError('one --scenario FILE starts the sandbox; name the others (--scenario NAME=FILE) to reset to them');
    out.scenario = readDocument(arg, '--scenario');
    out.scenarioFile = resolve(arg);
  }
  return out;
}

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

export { closest } from './engine/did-you-mean.js';

/** A JSON or YAML document from a file, or a FileError naming the flag and the absolute path. */
export function readDocument(file: string, flag = 'file'): unknown {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(`${flag} ${path}: cannot read it (${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)})`);
  }
  try {
    return ['.yaml', '.yml'].includes(extname(path).toLowerCase()) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new FileError(`${flag} ${path} is not valid ${extname(path).toLowerCase().startsWith('.y') ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`);
  }
}

function readSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw new UsageError(`Invalid --seed "${value}": use a whole number.`);
  return seed;
}

/** A --faults file: a list of rules, or {"rules": [...]}. */
export function readFaultFile(file: string): unknown[] {
  const doc = readDocument(file, '--faults');
  const list = Array.isArray(doc) ? doc : (doc as { rules?: unknown })?.rules;
  if (!Array.isArray(list)) throw new FileError(`--faults ${resolve(file)}: expected a list of fault rules, or {"rules": [...]}`);
  return list;
}

function readStartupFaults(file: string | undefined, latency: string | undefined): unknown[] {
  const rules: unknown[] = [];
  if (file) rules.push(...readFaultFile(file));
  if (latency !== undefined) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(latency);
    if (!range) throw new UsageError(`Invalid --latency "${latency}": use milliseconds, e.g. 200 or 100-300.`);
    rules.push({ action: 'latency', min_ms: Number(range[1]), max_ms: Number(range[2] ?? range[1]) });
  }
  return rules;
}
