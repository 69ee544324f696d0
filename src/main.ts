import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { vendors } from './apis/index.js';
import { isLoopbackBind, readConfig, type Config } from './config.js';
import { createServer } from './server.js';

/** The only place that listens. Resolves once the URL is printed. */
export async function start(config: Config): Promise<Server> {
  const app = createServer({
    db: config.db,
    validateResponses: config.validateResponses,
    adminToken: config.adminToken,
    allowedHosts: config.allowedHosts?.includes('all') ? 'all' : config.allowedHosts,
    // Bound beyond loopback, vendor routes answer whatever name the network uses; the admin API still checks Host.
    vendorRoutesAnyHost: !isLoopbackBind(config.host),
    startupFaults: config.startupFaults,
  });
  await app.locals.sandbox.ready;
  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const credentials = vendors.map((v) => `${v.title}: ${v.describeCredentials(v.defaultCredentials)}`).join(' | ');
      console.log(`referral-sandbox listening on http://${config.host}:${port} (db ${app.locals.sandbox.store.location}) · ${credentials}`);
      resolve(server);
    });
    server.on('error', reject);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  start(readConfig(process.argv.slice(2))).catch((error: Error) => {
    console.error(`referral-sandbox failed to start: ${error.message}`);
    process.exit(1);
  });
}
