import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

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
}

/** True for addresses only this machine can reach: vendor routes then serve only loopback Host names too. */
export function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

export const DEFAULTS = { port: 4010, host: '127.0.0.1', db: '.sandbox/db.json' } as const;

/** Flags win over environment variables, which win over defaults. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'validate-responses': { type: 'boolean' },
      'allowed-hosts': { type: 'string' },
      faults: { type: 'string' },
      latency: { type: 'string' },
    },
    allowPositionals: true,
  });
  const port = Number(values.port ?? env.PORT ?? DEFAULTS.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port "${values.port ?? env.PORT}".`);
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
  };
}

function readStartupFaults(file: string | undefined, latency: string | undefined): unknown[] {
  const rules: unknown[] = [];
  if (file) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read the fault rules in ${file}: ${(error as Error).message}`);
    }
    const list = Array.isArray(doc) ? doc : (doc as { rules?: unknown })?.rules;
    if (!Array.isArray(list)) throw new Error(`${file}: expected a list of fault rules, or {"rules": [...]}.`);
    rules.push(...list);
  }
  if (latency !== undefined) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(latency);
    if (!range) throw new Error(`Invalid --latency "${latency}": use milliseconds, e.g. 200 or 100-300.`);
    rules.push({ action: 'latency', min_ms: Number(range[1]), max_ms: Number(range[2] ?? range[1]) });
  }
  return rules;
}
