import { expect } from 'vitest';
import { createVendorClient, requireEnv, type CallOptions, type ClientOptions, type VendorClient } from '../support/client.js';
import { checkAgainstReference } from './reference-schemas.js';

/** Voucherify: live mode reads VOUCHERIFY_BASE_URL, VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN. */
export function voucherifyClient(options: ClientOptions = {}): VendorClient {
  const client = createVendorClient('voucherify', {
    liveAuth: () => ({ 'X-App-Id': requireEnv('VOUCHERIFY_APP_ID'), 'X-App-Token': requireEnv('VOUCHERIFY_APP_TOKEN') }),
    ...options,
  });
  // Every holder response must also satisfy Voucherify's own published schemas, not only our spec.
  const call = client.call;
  client.call = async (method: string, path: string, opts?: CallOptions) => {
    const result = await call(method, path, opts);
    const problems = checkAgainstReference(method, path, result.status, result.text === '' ? undefined : result.body, result.text);
    if (problems.length > 0) throw new Error(`${method} ${path} breaks Voucherify's reference schema:\n- ${problems.join('\n- ')}\nbody: ${result.text.slice(0, 800)}`);
    return result;
  };
  return client;
}

/** A value no other run uses, so live tests never collide. */
export function unique(label: string): string {
  return `sandbox-${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export const REQUEST_ID = /^v-[0-9a-f]{18}$/;

/** Assert a Voucherify error body: code, key and a fresh request id. */
export function expectVoucherifyError(result: { status: number; body: any }, status: number, key: string, extra: Record<string, unknown> = {}): void {
  expect(result.status).toBe(status);
  expect(result.body).toMatchObject({ code: status, key, ...extra });
  expect(result.body.request_id).toMatch(REQUEST_ID);
}
