import { createVendorClient, requireEnv, type ClientOptions } from '../support/client.js';

/** Partnero: live mode reads PARTNERO_BASE_URL and PARTNERO_API_KEY. */
export function partneroClient(options: ClientOptions = {}) {
  return createVendorClient('partnero', { liveAuth: () => ({ Authorization: `Bearer ${requireEnv('PARTNERO_API_KEY')}` }), ...options });
}

/** An email no other run will use, so live tests never collide. */
export function uniqueEmail(label: string): string {
  return `sandbox-contract+${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
}
