import { createVendorClient, requireEnv, type ClientOptions, type VendorClient } from '../support/client.js';

/** ReferralAPI: live mode reads REFERRALAPI_BASE_URL and REFERRALAPI_API_KEY. */
export function referralapiClient(options: ClientOptions = {}) {
  return createVendorClient('referralapi', { liveAuth: () => ({ 'api-key': requireEnv('REFERRALAPI_API_KEY') }), ...options });
}

/** A value no other run will use, so live tests never collide (the vendor has no delete endpoints to clean up with). */
export function unique(label: string): string {
  return `sandbox-contract-${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export const CREATED_AT = /^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$/;

export async function createCampaign(api: VendorClient, url = 'example.com') {
  const res = await api.call('POST', '/api/v1/campaign', { body: { url, name: unique('campaign') } });
  if (res.status !== 200) throw new Error(`campaign not created: ${res.status} ${res.text}`);
  return res.body as { id: string; url: string; name: string };
}

export async function createLink(api: VendorClient, campaignId: string, referrerId?: string) {
  const res = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: campaignId, ...(referrerId ? { referrer_id: referrerId } : {}) } });
  if (res.status !== 200) throw new Error(`link not created: ${res.status} ${res.text}`);
  return res.body as { id: number; referral_code: string; referral_link: string; total_clicks: number; total_referrals: number };
}

/** The default tenant's stored state (mock only). */
export async function storedState(api: VendorClient) {
  return (await api.admin.state()).data.referralapi.default;
}
