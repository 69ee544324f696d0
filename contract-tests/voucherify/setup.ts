import type { VendorClient } from '../support/client.js';
import { unique } from './target.js';

export interface ReferralCode {
  campaignId: string;
  campaignName: string;
  code: string;
  voucherId: string;
  referrerId: string;
  referrerHolderId: string;
}

/** Create a REFERRAL_PROGRAM campaign over the real endpoints (works against the live API too). */
export async function createReferralCampaign(api: VendorClient, extra: Record<string, unknown> = {}) {
  const name = unique('campaign');
  const res = await api.call('POST', '/v1/campaigns', {
    body: {
      name,
      campaign_type: 'REFERRAL_PROGRAM',
      type: 'AUTO_UPDATE',
      referral_program: { conversion_event_type: 'redemption' },
      voucher: { type: 'DISCOUNT_VOUCHER', is_referral_code: true, discount: { type: 'PERCENT', percent_off: 10 }, code_config: { length: 10, prefix: 'SBX-' } },
      ...extra,
    },
  });
  if (res.status !== 200) throw new Error(`campaign setup failed: ${res.status} ${res.text}`);
  return res.body as { id: string; name: string };
}

/** A campaign and one code published to a fresh referrer: the state the holder operations need. */
export async function createPublishedCode(api: VendorClient): Promise<ReferralCode> {
  const campaign = await createReferralCampaign(api);
  const publication = await api.call('POST', '/v1/publications', {
    body: { campaign: { name: campaign.name, count: 1 }, customer: { source_id: unique('referrer'), name: 'Referrer' } },
  });
  if (publication.status !== 200) throw new Error(`publication setup failed: ${publication.status} ${publication.text}`);
  const code = publication.body.voucher.code as string;
  const holders = await api.call('GET', `/v1/referrals/members/${encodeURIComponent(code)}/holders`);
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    code,
    voucherId: publication.body.voucher.id,
    referrerId: publication.body.customer_id,
    referrerHolderId: holders.body.data.find((h: { holder_role: string }) => h.holder_role === 'REFERRER').id,
  };
}

/** Delete the customers a live test created (campaigns stay: see docs/voucherify.md "Live mode"). */
export async function deleteCustomers(api: VendorClient, ids: Array<string | undefined>): Promise<void> {
  for (const id of ids) if (id) await api.call('DELETE', `/v1/customers/${encodeURIComponent(id)}`);
}

export const holdersPath = (code: string, campaignId?: string) =>
  campaignId ? `/v1/referrals/${encodeURIComponent(campaignId)}/members/${encodeURIComponent(code)}/holders` : `/v1/referrals/members/${encodeURIComponent(code)}/holders`;
