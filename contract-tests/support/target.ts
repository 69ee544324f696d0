import { it } from 'vitest';

/** CONTRACT_TARGET=live runs the suite against the vendors' real sandboxes; anything else uses the in-process mock. */
export const LIVE = process.env.CONTRACT_TARGET === 'live';

/** A test that holds against both the sandbox and the live vendor (unique data, cleans up after itself). */
export const liveTest = it;

/** A test that needs the sandbox's admin API (reset, seed, clock, outbox): skipped in live mode. */
export const mockTest = it.skipIf(LIVE);

/** The live base URL for a vendor, from <VENDOR>_BASE_URL. */
export function liveBaseUrl(vendor: string): string {
  const name = `${vendor.toUpperCase()}_BASE_URL`;
  const url = process.env[name];
  if (!url) throw new Error(`CONTRACT_TARGET=live needs ${name} (see README "Live mode").`);
  return url.replace(/\/+$/, '');
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`CONTRACT_TARGET=live needs ${name} (see README "Live mode").`);
  return value;
}
