import { parseArgs } from 'node:util';

export interface Config {
  port: number;
  host: string;
  db: string;
  validateResponses: boolean;
  adminToken?: string;
  /** Host names served beyond loopback names and IP literals; ['all'] turns the Host check off. */
  allowedHosts?: string[];
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
  };
}
