import { describe, expect, it } from 'vitest';
import type { Action, Campaign, ReferralLink, ReferredUser } from '../store.js';
import { presentAction, presentLink, presentReferredUser } from './present.js';

const campaign: Campaign = { id: '3a6a4dd0-1055-4c3c-a531-7036793e10ee', created_at: '2023-09-10_03-30-00', url: 'https://example.com', name: 'My Campaign', webhook_url: null };
const link: ReferralLink = { id: 1, created_at: '2023-09-10_03-33-06', referral_code: 'ABC623KC', campaign_id: campaign.id, referrer_id: 'referrer@gmail.com', total_clicks: 4, total_referrals: 1 };
const user: ReferredUser = { id: 1, created_at: '2023-09-10_04-33-06', campaign_id: campaign.id, referral_link_id: 1, referred_user_id: 'user@gmail.com' };
const action: Action = { id: 1, created_at: '2023-09-11_03-33-06', action_type: 'PURCHASED_PRODUCT', metadata: { productId: 'PROD12A' }, referral_link_id: 1, referred_user_pk: 1 };

describe('present', () => {
  it('shows a link as the docs do, with the full referral link', () => {
    expect(presentLink(link, campaign)).toEqual({
      id: 1,
      created_at: '2023-09-10_03-33-06',
      referral_code: 'ABC623KC',
      campaign_id: campaign.id,
      referrer_id: 'referrer@gmail.com',
      total_clicks: 4,
      total_referrals: 1,
      referral_link: 'https://example.com?rfa=ABC623KC',
    });
  });

  it('embeds the link in a referred user and keeps internal keys out', () => {
    const shown = presentReferredUser(user, presentLink(link, campaign));
    expect(Object.keys(shown)).toEqual(['id', 'created_at', 'referral_link', 'referred_user_id']);
  });

  it('shows an action with the referred user object, or null', () => {
    const shownLink = presentLink(link, campaign);
    expect(presentAction(action, shownLink, user).referred_user).toMatchObject({ id: 1, referred_user_id: 'user@gmail.com', referral_link: shownLink });
    expect(presentAction({ ...action, referred_user_pk: null }, shownLink, undefined).referred_user).toBeNull();
  });
});
