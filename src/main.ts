import { createServer as createHttpServer, type Server } from 'node:http';
import v8 from 'node:v8';
import { vendors } from './apis/index.js';
import { FileError, isLoopbackBind, UsageError, type Config } from './config.js';
import { consoleLog } from './engine/logger.js';
import { installCleanStop } from './engine/store/db-lock.js';
import { watchStartupFiles } from './watch-files.js';
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
  if (config.fresh && isPostgresUrl(config.db)) throw new UsageError('--fresh would wipe the team database at every replica\'s start; reset it once instead (referral-sandbox reset --url …)');
  const app = withScenarioFiles(config, () => createServer({
    db: config.db,
    validateResponses: config.validateResponses,
    adminToken: config.adminToken,
    allowedHosts: config.allowedHosts?.includes('all') ? 'all' : config.allowedHosts,
    // Bound beyond loopback, vendor routes answer whatever name the network uses; the admin API still checks Host.
    vendorRoutesAnyHost: !isLoopbackBind(config.host),
    startupFaults: config.startupFaults,
    cors: config.cors,
    scenario: config.scenario as ScenarioDocument | undefined,
    scenarios: config.scenarios as Record<string, ScenarioDocument> | undefined,
    fresh: config.fresh,
    // Replicas of a team store started with one seed would make the same ids and overwrite each other's records.
    ...(config.seed !== undefined && !isPostgresUrl(config.db) ? { ids: createIdSource(config.seed) } : {}),
    // One line per request: pretty on a terminal, JSON lines otherwise (or with --log-format json).
    logger: { format: config.logFormat ?? (process.stdout.isTTY ? 'pretty' : 'json'), level: config.logLevel ?? 'info' },
  }));
  if (config.seed !== undefined && isPostgresUrl(config.db)) console.warn('referral-sandbox: --seed is ignored with a PostgreSQL store: replicas sharing one seed would make the same ids.');
  await withScenarioFiles(config, () => app.locals.sandbox.ready);
  if (!isLoopbackBind(config.host) && !config.adminToken) {
    console.warn(`referral-sandbox: listening on ${config.host} without SANDBOX_ADMIN_TOKEN: anyone who can reach this address can reset, seed and read every credential through /__sandbox.`);
  }
  installCleanStop({ quiet: config.quiet }); // a memory or team store has no lock to install it, and as a container's pid 1 SIGTERM needs a handler
  const server = createHttpServer(app.locals.sandbox.serve);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(describeListenError(error, config))));
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(banner(`http://${config.host}:${port}`, app.locals.sandbox.store.location, config.quiet === true));
  if (config.watch) {
    const logger = app.locals.sandbox.logger;
    const log = logger ? { error: logger.error, warn: logger.warn, info: (message: string) => logger.pino.info(message) } : consoleLog;
    const stopWatching = watchStartupFiles(config, app.locals.sandbox.reload, log);
    server.once('close', stopWatching);
  }
  return server;
}

/**
 * What a developer needs first: where it listens, the dashboard and the docs, then the default credentials as a
 * small table. --quiet keeps the first line only: scripts and process managers wait for "listening on URL".
 */
export function banner(base: string, db: string, quiet: boolean): string {
  const first = `referral-sandbox listening on ${base} (db ${db})`;
  if (quiet) return first;
  const width = Math.max(...vendors.map((v) => v.title.length));
  return [
    first,
    `  dashboard  ${base}/__sandbox/`,
    `  docs       ${base}/__sandbox/docs`,
    '  default credentials:',
    ...vendors.map((v) => `    ${v.title.padEnd(width)}  ${v.describeCredentials(v.defaultCredentials)}`),
  ].join('\n');
}

/** A scenario that cannot be applied names the file it came from (and the flag), whatever part of it is wrong. */
function withScenarioFiles<T>(config: Config, run: () => T): T {
  const rename = (error: unknown): never => {
    const scenario = (error as { scenario?: string }).scenario;
    const file = scenario === 'startup' ? config.scenarioFile : scenario ? config.scenarioFiles?.[scenario] : undefined;
    if (file) throw new FileError(`--scenario ${scenario === 'startup' ? '' : `${scenario}=`}${file}: ${(error as Error).message}`);
    throw error;
  };
  try {
    const result = run();
    return (result instanceof Promise ? result.catch(rename) : result) as T;
  } catch (error) {
    return rename(error);
  }
}

function describeListenError(error: NodeJS.ErrnoException, config: Config): string {
  if (error.code === 'EADDRINUSE') return `port ${config.port} on ${config.host} is already in use (another sandbox?); stop it or pass --port`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `cannot listen on ${config.host}: no such address on this machine`;
  if (error.code === 'EACCES') return `not allowed to listen on port ${config.port}; use a port above 1023`;
  return error.message;
}
