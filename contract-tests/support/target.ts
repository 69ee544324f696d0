import { it } from 'vitest';

/** CONTRACT_TARGET=live runs the suite against the vendors' real sandboxes; anything else uses the in-process mock. */
export const LIVE = process.env.CONTRACT_TARGET === 'live';

// Every contract test is declared with one of these two markers, never with vitest's it/test, and none is left
// .only or .skip: markers.contract.test.ts fails `npm test` otherwise (see markers.ts).

/**
 * A test that claims parity: it holds against the sandbox AND the live vendor, through the vendor client only
 * (unique data, cleans up after itself, no admin API, no assertion that depends on the target). In mock mode it
 * checks the sandbox; the claim about the vendor is only as good as the last live run. `npm run test:live` records
 * each one's outcome in contract-tests/<vendor>/LIVE.md (live-record-reporter.ts): a liveTest is "checked against
 * the vendor" only where that file has a `passed` row for it, with the date and host it passed against.
 */
export const liveTest = it;

/**
 * A test that runs against the sandbox only and is skipped in live mode: it needs the admin API (reset, seed,
 * clock, outbox), checks sandbox-only behaviour, or makes no request at all (a static spec check). It never
 * counts as checked against the vendor.
 */
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
