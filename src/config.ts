import { parseArgs } from 'node:util';

export interface Config {
  port: number;
  host: string;
  db: string;
  validateResponses: boolean;
  adminToken?: string;
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
  };
}
