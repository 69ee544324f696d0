import { createServer as createHttpServer, type Server } from 'node:http';
import v8 from 'node:v8';
import { vendors } from './apis/index.js';
import { isLoopbackBind, type Config } from './config.js';
import { createIdSource } from './engine/ids.js';
import type { ScenarioDocument } from './engine/types.js';
import { createServer } from './server.js';
import { isPostgresUrl } from './engine/store/postgres/pg-store.js';

/** The only place that listens. Resolves once the URL is printed; rejects with a one-line reason when it cannot. */
export async function start(config: Config): Promise<Server> {
  // Loading a database allocates it all at once (the snapshot's JSON, then its indexes), and with V8's default young
  // generation most of that start-up went to the garbage collector: 64 MiB semi-spaces took a 1M-record start from
  // 9.2 s to 6.3 s. Only when whoever started node did not choose a size.
  const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (!flags.includes('--max-semi-space-size')) v8.setFlagsFromString('--max-semi-space-size=64');
  const app = createServer({
    db: config.db,
    validateResponses: config.validateResponses,
    adminToken: config.adminToken,
    allowedHosts: config.allowedHosts?.includes('all') ? 'all' : config.allowedHosts,
    // Bound beyond loopback, vendor routes answer whatever name the network uses; the admin API still checks Host.
    vendorRoutesAnyHost: !isLoopbackBind(config.host),
    startupFaults: config.startupFaults,
    cors: config.cors,
    scenario: config.scenario as ScenarioDocument | undefined,
    // Replicas of a team store started with one seed would make the same ids and overwrite each other's records.
    ...(config.seed !== undefined && !isPostgresUrl(config.db) ? { ids: createIdSource(config.seed) } : {}),
    // One line per request: pretty on a terminal, JSON lines otherwise (or with --log-format json).
    logger: { format: config.logFormat ?? (process.stdout.isTTY ? 'pretty' : 'json'), level: config.logLevel ?? 'info' },
  });
  if (config.seed !== undefined && isPostgresUrl(config.db)) console.warn('referral-sandbox: --seed is ignored with a PostgreSQL store: replicas sharing one seed would make the same ids.');
  await app.locals.sandbox.ready;
  if (!isLoopbackBind(config.host) && !config.adminToken) {
    console.warn(`referral-sandbox: listening on ${config.host} without SANDBOX_ADMIN_TOKEN: anyone who can reach this address can reset, seed and read every credential through /__sandbox.`);
  }
  const server = createHttpServer(app.locals.sandbox.serve);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(describeListenError(error, config))));
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const credentials = vendors.map((v) => `${v.title}: ${v.describeCredentials(v.defaultCredentials)}`).join(' | ');
  console.log(`referral-sandbox listening on http://${config.host}:${port} (db ${app.locals.sandbox.store.location}) · ${credentials}`);
  return server;
}

function describeListenError(error: NodeJS.ErrnoException, config: Config): string {
  if (error.code === 'EADDRINUSE') return `port ${config.port} on ${config.host} is already in use (another sandbox?); stop it or pass --port`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `cannot listen on ${config.host}: no such address on this machine`;
  if (error.code === 'EACCES') return `not allowed to listen on port ${config.port}; use a port above 1023`;
  return error.message;
}
