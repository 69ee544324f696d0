import { expect } from 'vitest';
import { SANDBOX_PANEL_ID } from '../../src/apis/pureprofile/store.js';
import { createVendorClient, LIVE, requireEnv, type ClientOptions, type VendorClient } from '../support/client.js';

/**
 * Pureprofile: live mode reads PUREPROFILE_BASE_URL (https://api.sandbox.pureprofile.io),
 * PUREPROFILE_PARTNER_CREDENTIALS ("user:password"), PUREPROFILE_PANEL_ID and PUREPROFILE_LOCALE.
 * The default client sends the partner's Basic credentials; panel calls pass a panelist's bearer token.
 */
export function pureprofileClient(options: ClientOptions = {}) {
  const liveAuth = () => ({ Authorization: `Basic ${Buffer.from(requireEnv('PUREPROFILE_PARTNER_CREDENTIALS')).toString('base64')}` });
  return createVendorClient('pureprofile', { liveAuth, ...options });
}

export const panelId = (): string => (LIVE ? requireEnv('PUREPROFILE_PANEL_ID') : SANDBOX_PANEL_ID);
export const panelLocale = (): string => (LIVE ? requireEnv('PUREPROFILE_LOCALE') : 'ENG-AU');

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The default scenario's ready panelist (mock only). */
export const SANDBOX_TOKEN = 'pp_sandbox_token';

/** An address no other run will use, so live tests never collide. */
export function uniqueEmail(label: string): string {
  return `sandbox-contract+${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export function registrationBody(user: string, overrides: Record<string, unknown> = {}) {
  return { user, panel: panelId(), locale: panelLocale(), dob: '1990-05-04', first_name: 'Contract', last_name: 'Tester', ...overrides };
}

/** Register a fresh panelist and hand back its 30-day token. */
export async function registerPanelist(api: VendorClient, label: string, auth?: Record<string, string>) {
  const user = uniqueEmail(label);
  const res = await api.call('POST', '/v1/partner/panel/register', { body: registrationBody(user), auth });
  expect(res.status).toBe(200);
  return { user, userId: res.body.data.user_id as string, token: res.body.data.token.access_token as string };
}
