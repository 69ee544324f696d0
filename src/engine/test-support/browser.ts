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
