// Browser tests drive Debian's Chromium (apt-get install chromium; .ci/run installs it) through playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium on this machine, if any. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path!));
}

/**
 * Whether browser tests run here. In CI (CI set) a missing browser is a failure, not a skip: .ci/run installs it.
 * Elsewhere they are skipped with a message saying how to install it.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  if (process.env.CI) throw new Error('CI is set but no Chromium was found: .ci/run installs Debian\'s chromium (apt-get install chromium)');
  console.warn('[referral-sandbox] browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Listen on an ephemeral loopback port once the app's state is ready; the base URL to open. */
export async function listenOnLoopback(app: { locals: { sandbox: { ready: Promise<void> } }; listen(port: number, host: string): import('node:http').Server }) {
  await app.locals.sandbox.ready;
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}` };
}

/** Close a server and every connection a browser kept open to it. */
export async function closeServer(server: import('node:http').Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** With UPDATE_SCREENSHOTS=1, save a screenshot for the README under docs/screenshots/<prefix>-<name>.png. */
export async function saveScreenshot(page: import('playwright-core').Page, prefix: string, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const { mkdirSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const dir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}${prefix}-${name}.png` });
}
