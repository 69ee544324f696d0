import { afterEach } from 'vitest';
import { createVendorClient, LIVE, requireEnv, type ClientOptions, type VendorClient } from '../support/client.js';

/** Prefinery: live mode reads PREFINERY_BASE_URL, PREFINERY_API_KEY and PREFINERY_BETA_ID (a beta you can write to). */
export function prefineryClient(options: ClientOptions = {}): VendorClient {
  return createVendorClient('prefinery', { liveAuth: () => ({ Authorization: basic(requireEnv('PREFINERY_API_KEY')) }), ...options });
}

export function basic(user: string, password = ''): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** The key the tests present in the other two forms (bearer, ?api_key). */
export function apiKey(): string {
  return LIVE ? requireEnv('PREFINERY_API_KEY') : 'prefinery_sandbox_key';
}

/** The beta the tests write to: the default scenario's beta 1 in the mock. */
export function betaId(): number {
  return LIVE ? Number(requireEnv('PREFINERY_BETA_ID')) : 1;
}

/** An email no other run will use, so live tests never collide. */
export function uniqueEmail(label: string): string {
  return `sandbox-contract+${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
}

const without = (record: Record<string, unknown>, shared: RegExp) => Object.fromEntries(Object.entries(record).filter(([key]) => !shared.test(key)));

/*
 * Against a shared target (the live vendor, or one running sandbox) other tests and files add, check in and delete
 * testers of the same beta meanwhile. Two reads of a record are compared on the fields those testers cannot move.
 */

/** A beta without its counters (testers by status, share clicks and signups, impressions). */
export const betaOwnFields = (beta: Record<string, unknown>) => without(beta, /_count$/);

/** A tester without its place in the beta's waitlist. */
export const testerOwnFields = (tester: Record<string, unknown>) => without(tester, /^waitlist_/);

/**
 * A client plus helpers that create testers and delete every tester the test created (live runs leave nothing behind).
 * Call inside a describe block: it registers its own afterEach.
 */
export function withTesters(getApi: () => VendorClient) {
  const created: number[] = [];
  afterEach(async () => {
    for (const id of created.splice(0)) await getApi().call('DELETE', `/api/v2/betas/${betaId()}/testers/${id}`);
  });
  return {
    track(id: number) {
      created.push(id);
    },
    async createTester(tester: Record<string, unknown>) {
      const res = await getApi().call('POST', `/api/v2/betas/${betaId()}/testers`, { body: { tester } });
      if (res.status === 201) created.push(res.body.id);
      return res;
    },
  };
}
