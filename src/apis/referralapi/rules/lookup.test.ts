import { describe, expect, it } from 'vitest';
import { emptyState, type ReferralApiState } from '../store.js';
import { checkReferredUserIsNew, listLinksOfReferrer, mustFindCampaign, mustFindLinkByCode, mustFindReferredUser } from './lookup.js';

function state(): ReferralApiState {
  const s = emptyState();
  s.campaigns.push({ id: 'c1', created_at: '2023-09-10_03-30-00', url: 'https://example.com', name: 'One', webhook_url: null });
  s.campaigns.push({ id: 'c2', created_at: '2023-09-10_03-30-00', url: 'https://other.com', name: 'Two', webhook_url: null });
  const link = (id: number, campaign_id: string, referral_code: string, referrer_id: string | null) =>
    s.referral_links.push({ id, created_at: '2023-09-10_03-33-06', referral_code, campaign_id, referrer_id, total_clicks: 0, total_referrals: 0 });
  link(3, 'c1', 'ZZZZ0003', 'ann');
  link(1, 'c1', 'ABC623KC', 'ann');
  link(2, 'c2', 'XYZ00002', 'ann');
  s.referred_users.push({ id: 1, created_at: '2023-09-10_04-33-06', campaign_id: 'c1', referral_link_id: 1, referred_user_id: 'user@gmail.com' });
  return s;
}

describe('lookups', () => {
  it('finds a campaign or answers CAMPAIGN_NOT_FOUND', () => {
    expect(mustFindCampaign(state(), 'c1').name).toBe('One');
    expect(() => mustFindCampaign(state(), 'nope')).toThrow(expect.objectContaining({ code: 'CAMPAIGN_NOT_FOUND', status: 404 }));
  });

  it('finds a link by code only inside its campaign, whatever the case', () => {
    expect(mustFindLinkByCode(state(), 'c1', 'abc623kc').id).toBe(1);
    expect(() => mustFindLinkByCode(state(), 'c1', 'XYZ00002')).toThrow(expect.objectContaining({ code: 'REFERRAL_LINK_NOT_FOUND' }));
  });

  it('finds a referred user only in its campaign', () => {
    expect(mustFindReferredUser(state(), 'c1', 'user@gmail.com').id).toBe(1);
    expect(() => mustFindReferredUser(state(), 'c2', 'user@gmail.com')).toThrow(expect.objectContaining({ code: 'REFERRED_USER_NOT_FOUND' }));
  });

  it('refuses a second link for the same referred user in a campaign, not in another campaign', () => {
    expect(() => checkReferredUserIsNew(state(), 'c1', 'user@gmail.com')).toThrow(expect.objectContaining({ code: 'REFERRED_USER_ALREADY_EXISTS', status: 409 }));
    expect(() => checkReferredUserIsNew(state(), 'c2', 'user@gmail.com')).not.toThrow();
  });

  it("lists a referrer's links in one campaign, oldest first", () => {
    expect(listLinksOfReferrer(state(), 'c1', 'ann').map((l) => l.id)).toEqual([1, 3]);
    expect(listLinksOfReferrer(state(), 'c1', 'bob')).toEqual([]);
  });
});
