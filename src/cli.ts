import { writeFileSync } from 'node:fs';
import { generateScenario, generatorNames, parseCounts } from '../fixtures/generate.js';
import { closest, FileError, parseStrict, readConfig, readDocument, UsageError } from './config.js';
import { packageVersion } from './engine/shipped-files.js';
import { start } from './main.js';

const COMMANDS: Record<string, { summary: string; usage: string }> = {
  start: {
    summary: 'serve the sandbox (the default command)',
    usage: `referral-sandbox start [options]
  -p, --port N              port (default 4010; 0 picks a free one)
  -H, --host ADDR           address to listen on (default 127.0.0.1; 0.0.0.0 in a container)
  -d, --db PATH             .sandbox/db.json (default), :memory:, or postgres://… (the team store)
  -s, --scenario FILE       JSON/YAML records to start from (on the default scenario); a bare reset returns to it.
                            Refused on a database that already holds data, unless --fresh
  -s, --scenario NAME=FILE  register a document a reset can name (reset --scenario NAME); repeatable
      --fresh               start from the scenario whatever the database holds
  -w, --watch               reload the --scenario and --faults files when they change
      --seed N              ids and generated data repeat from run to run
      --faults FILE         fault rules held from start to stop (a reset restores their budgets)
      --latency MS[-MS]     a delay on every vendor request, e.g. 100-300
      --allowed-hosts LIST  Host names served beyond loopback (name,.domain; all turns the check off)
      --cors                let browser pages of any origin call the vendor routes
      --validate-responses  check every response against its spec (a mismatch is a 500 naming it)
      --log-format FMT      pretty (default on a terminal) or json
      --log-level LEVEL     debug, info (default), warn, error, silent
      --quiet               problems and the listening line only (no request lines, no banner table)
  env: PORT, HOST, SANDBOX_DB, SANDBOX_ADMIN_TOKEN, SANDBOX_SEED, SANDBOX_ALLOWED_HOSTS, SANDBOX_FAULTS,
       SANDBOX_LATENCY, SANDBOX_CORS=1, SANDBOX_LOG_FORMAT, SANDBOX_LOG_LEVEL, SANDBOX_VALIDATE_RESPONSES=1,
       SANDBOX_PG_POOL (connections per replica with a postgres:// store, default 20),
       SANDBOX_PG_CHECKPOINT_BYTES (fold change rows into the snapshot past this size and the snapshot's; 8 MiB)`,
  },
  seed: {
    summary: 'generate fake records and load them into a running sandbox, or write a scenario file',
    usage: `referral-sandbox seed <vendor.collection=N>... [--seed 1] [--tenant default] [--out FILE.json | --url http://127.0.0.1:4010]
  collections: ${generatorNames().join(', ')}
  e.g. referral-sandbox seed partnero.subscribers=1000 prefinery.testers=200 --seed 7 --out fixtures.json
  The same counts and --seed give the same records (up to 1,000,000 per collection). --url has the sandbox make them
  (POST /__sandbox/generate, one all-or-nothing batch; SANDBOX_ADMIN_TOKEN is sent when set); --out writes a file
  that \`start --scenario FILE\` loads.`,
  },
  reset: {
    summary: 'reset a running sandbox to what it started with, or to a scenario',
    usage: `referral-sandbox reset [--scenario NAME|FILE] [--keep journal,outbox,clock] [--url http://127.0.0.1:4010]
  -s, --scenario   without it: what the sandbox started with (its --scenario FILE, --faults budgets afresh);
                   a name: default, empty, or one registered at start with --scenario NAME=FILE;
                   a .json/.yaml file: that document on top of the default scenario
      --keep       what the reset leaves as it is: journal, outbox, clock (comma-separated)
      --url        the sandbox (default http://127.0.0.1:$PORT or :4010; SANDBOX_ADMIN_TOKEN is sent when set)`,
  },
  health: {
    summary: 'check that a sandbox answers (exit 0), optionally waiting for it to come up',
    usage: `referral-sandbox health [--url http://127.0.0.1:4010] [--wait SECONDS]
  Exit 0 once GET /__sandbox/health answers, 1 if it does not (within --wait seconds). The default URL uses PORT when
  set; SANDBOX_ADMIN_TOKEN is sent when set. For CI scripts and container health checks.`,
  },
  help: { summary: 'show help for a command', usage: 'referral-sandbox help [command]' },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `usage: referral-sandbox <command> [options]   (referral-sandbox --version)

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

referral-sandbox help <command> shows a command's options.`;
}

/** The `referral-sandbox` command. Resolves when a one-shot command is done; `start` keeps serving. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await dispatch(argv);
  } catch (error) {
    if (error instanceof FileError) {
      console.error(`referral-sandbox: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    if (!(error instanceof UsageError)) throw error;
    const command = argv[0] && COMMANDS[argv[0]] ? argv[0] : undefined;
    // One line of reason, one line of where to read more (the full usage is a screen long).
    console.error(`referral-sandbox: ${error.message}\n${command ? `see: referral-sandbox help ${command}` : 'see: referral-sandbox help'}`);
    process.exitCode = 2;
  }
}

async function dispatch(argv: string[]): Promise<void> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') return void console.log(version());
  if (first === undefined || first.startsWith('-')) {
    if (first === '--help' || first === '-h') return void console.log(usage());
    return startCommand(argv);
  }
  switch (first) {
    case 'start':
      return startCommand(rest);
    case 'seed':
      return seedCommand(rest);
    case 'reset':
      return resetCommand(rest);
    case 'health':
      return healthCommand(rest);
    case 'help': {
      const topic = rest[0];
      if (topic === undefined) return void console.log(usage());
      if (!COMMANDS[topic]) throw new UsageError(`no command "${topic}"${hint(topic)}`);
      return void console.log(`usage: ${COMMANDS[topic].usage}`);
    }
    default:
      throw new UsageError(`unknown command "${first}"${hint(first)}`);
  }
}

const hint = (word: string) => {
  const guess = closest(word, Object.keys(COMMANDS));
  return guess ? `; did you mean ${guess}?` : '';
};

async function startCommand(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) return void console.log(`usage: ${COMMANDS.start.usage}`);
  await start(readConfig(argv));
}

async function seedCommand(argv: string[]): Promise<void> {
  const values = parseStrict(argv, { seed: { type: 'string' }, tenant: { type: 'string' }, out: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) return void console.log(`usage: ${COMMANDS.seed.usage}`);
  if (values.out && values.url) throw new UsageError('give either --out or --url, not both');
  let counts: Record<string, number>;
  try {
    counts = parseCounts(values._);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`Invalid --seed "${values.seed}": use a whole number.`);
  const summary = Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ');
  if (values.out) {
    const doc = generateScenario(counts, seed, values.tenant ?? 'default');
    writeFileSync(values.out, `${JSON.stringify(doc, null, 2)}\n`);
    return void console.log(`wrote ${summary} (seed ${seed}) to ${values.out}`);
  }
  const base = (values.url ?? defaultUrl()).replace(/\/+$/, '');
  // The sandbox runs the same generator: the request is the counts, not a document (1M records are about 600 MB).
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  const stopProgress = records >= 20_000 ? showProgress(`seeding ${summary} into ${base}`) : () => {};
  let answer: { records?: Record<string, { added: number; existing: number }> } | undefined;
  try {
    answer = (await admin(base, '/__sandbox/generate', { counts, seed, ...(values.tenant === undefined ? {} : { tenant: values.tenant }) }, 'POST', 600_000)) as typeof answer;
  } finally {
    stopProgress();
  }
  // Generated records repeat for the same seed: a second run merges into what the first added instead of adding.
  const outcome = Object.entries(answer?.records ?? {})
    .map(([name, r]) => `${name}: ${r.added} added, ${r.existing} already there`)
    .join('; ');
  console.log(`seeded ${summary} (seed ${seed}) into ${base}${outcome ? ` (${outcome})` : ''}`);
}

/**
 * On a terminal, one line that counts the seconds of a long wait (the sandbox answers a batch once it is saved);
 * elsewhere (CI logs) one line when it starts. Returns the function that ends it.
 */
function showProgress(what: string): () => void {
  const started = Date.now();
  if (!process.stderr.isTTY) {
    process.stderr.write(`${what}…\n`);
    return () => {};
  }
  const draw = () => process.stderr.write(`\r${what}… ${Math.round((Date.now() - started) / 1000)} s`);
  draw();
  const timer = setInterval(draw, 1000);
  return () => {
    clearInterval(timer);
    process.stderr.write(`\r${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  };
}

async function resetCommand(argv: string[]): Promise<void> {
  const values = parseStrict(argv, { scenario: { type: 'string', short: 's' }, keep: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return void console.log(`usage: ${COMMANDS.reset.usage}`);
  const base = (values.url ?? defaultUrl()).replace(/\/+$/, '');
  const query = new URLSearchParams();
  if (values.keep !== undefined) query.set('keep', values.keep);
  // A .json/.yaml file is sent as the document; anything else names a scenario (a file called "big" does not shadow it).
  const file = values.scenario !== undefined && /\.(json|ya?ml)$/i.test(values.scenario) ? values.scenario : undefined;
  if (values.scenario !== undefined && !file) query.set('scenario', values.scenario);
  const answer = (await admin(base, `/__sandbox/reset${query.size ? `?${query}` : ''}`, file ? readDocument(file, '--scenario') : undefined)) as { scenario?: string; kept?: string[] } | undefined;
  const kept = answer?.kept?.length ? ` (kept: ${answer.kept.join(', ')})` : '';
  console.log(`reset ${base} to the ${file ? `scenario in ${file}` : `${answer?.scenario ?? values.scenario ?? 'startup'} scenario`}${kept}`);
}

async function healthCommand(argv: string[]): Promise<void> {
  const values = parseStrict(argv, { url: { type: 'string' }, wait: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return void console.log(`usage: ${COMMANDS.health.usage}`);
  const wait = values.wait === undefined ? 0 : Number(values.wait);
  if (!Number.isFinite(wait) || wait < 0) throw new UsageError(`Invalid --wait "${values.wait}": use seconds, e.g. 30.`);
  const base = (values.url ?? defaultUrl()).replace(/\/+$/, '');
  const deadline = Date.now() + wait * 1000;
  for (;;) {
    try {
      const health = (await admin(base, '/__sandbox/health', undefined, 'GET')) as { store?: { kind?: string }; db?: string };
      return void console.log(`ok: ${base} (${health.store?.kind ?? 'store'} ${health.db ?? ''})`.trimEnd());
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The sandbox the one-shot commands talk to without --url: this machine, on PORT when set (as start listens). */
const defaultUrl = () => `http://127.0.0.1:${process.env.PORT || 4010}`;

/** One admin call; a refused connection or an error answer becomes a one-line message. Resolves to the JSON answer. */
async function admin(base: string, path: string, body?: unknown, method: 'GET' | 'POST' = 'POST', timeoutMs = 30_000): Promise<unknown> {
  const token = process.env.SANDBOX_ADMIN_TOKEN;
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      method,
      signal: AbortSignal.timeout(timeoutMs),
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(code === 'ECONNREFUSED' ? `no sandbox answers at ${base} (start one, or pass --url)` : `cannot reach ${base}: ${(error as Error).message}`);
  }
  if (!res.ok) {
    const text = await res.text();
    let message = text;
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text;
    } catch {
      // not JSON
    }
    throw new Error(`${base}${path.split('?')[0]} answered ${res.status}: ${message}`);
  }
  return res.json().catch(() => undefined);
}

/** The package's version, from its package.json (on disk, or inside the executable). */
export const version = packageVersion;
