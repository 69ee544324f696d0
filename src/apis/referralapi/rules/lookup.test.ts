import { describe, expect, it } from 'vitest';
import { Collection, updateRecord } from '../../../engine/store/collection.js';
import { actionsSpec, campaignsSpec, referralLinksSpec, referredUsersSpec } from '../collections.js';
import { emptyState, type ReferralApiState } from '../store.js';
import { checkReferredUserIsNew, isReferralCodeTaken, listLinksOfReferrer, mustFindCampaign, mustFindLinkByCode, mustFindLinkById, mustFindReferredUser } from './lookup.js';

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

/** The same state with its arrays as the store holds them: indexed collections. */
function indexed(): ReferralApiState {
  const s = state();
  return {
    ...s,
    campaigns: Collection.over(campaignsSpec, s.campaigns),
    referral_links: Collection.over(referralLinksSpec, s.referral_links),
    referred_users: Collection.over(referredUsersSpec, s.referred_users),
    actions: Collection.over(actionsSpec, s.actions),
  };
}

describe('lookups on indexed collections', () => {
  it('answer as the scans do', () => {
    const s = indexed();
    expect(mustFindCampaign(s, 'c2').name).toBe('Two');
    expect(() => mustFindCampaign(s, 'nope')).toThrow(expect.objectContaining({ code: 'CAMPAIGN_NOT_FOUND' }));
    expect(mustFindLinkByCode(s, 'c1', ' abc623kc ').id).toBe(1);
    expect(() => mustFindLinkByCode(s, 'c1', 'XYZ00002')).toThrow(expect.objectContaining({ code: 'REFERRAL_LINK_NOT_FOUND' }));
    expect(mustFindLinkById(s, 2).referral_code).toBe('XYZ00002');
    expect(() => mustFindLinkById(s, 99)).toThrow(expect.objectContaining({ code: 'REFERRAL_LINK_NOT_FOUND' }));
    expect(mustFindReferredUser(s, 'c1', 'user@gmail.com').id).toBe(1);
    expect(() => mustFindReferredUser(s, 'c2', 'user@gmail.com')).toThrow(expect.objectContaining({ code: 'REFERRED_USER_NOT_FOUND' }));
  });

  it("list a referrer's links oldest first whatever the stored order, and follow new links", () => {
    const s = indexed();
    expect(listLinksOfReferrer(s, 'c1', 'ann').map((l) => l.id)).toEqual([1, 3]);
    s.referral_links.push({ id: 4, created_at: '2023-09-10_03-33-06', referral_code: 'NEW00004', campaign_id: 'c1', referrer_id: 'ann', total_clicks: 0, total_referrals: 0 });
    s.referral_links.push({ id: 5, created_at: '2023-09-10_03-33-06', referral_code: 'NEW00005', campaign_id: 'c1', referrer_id: null, total_clicks: 0, total_referrals: 0 });
    expect(listLinksOfReferrer(s, 'c1', 'ann').map((l) => l.id)).toEqual([1, 3, 4]);
    expect(listLinksOfReferrer(s, 'c2', 'ann').map((l) => l.id)).toEqual([2]);
    // sorting the answer leaves the index's own order alone
    expect((s.referral_links as Collection<(typeof s.referral_links)[number]>).allBy('referrer', 'c1\u0000ann').map((l) => l.id)).toEqual([3, 1, 4]);
  });

  it('see a code as taken once its link is stored, and a referred user once added', () => {
    const s = indexed();
    expect(isReferralCodeTaken(s, 'ABC623KC')).toBe(true);
    expect(isReferralCodeTaken(s, 'NEW00004')).toBe(false);
    s.referral_links.push({ id: 4, created_at: '2023-09-10_03-33-06', referral_code: 'NEW00004', campaign_id: 'c2', referrer_id: null, total_clicks: 0, total_referrals: 0 });
    expect(isReferralCodeTaken(s, 'NEW00004')).toBe(true);
    expect(mustFindLinkByCode(s, 'c2', 'new00004').id).toBe(4);
    expect(() => checkReferredUserIsNew(s, 'c2', 'user@gmail.com')).not.toThrow();
    s.referred_users.push({ id: 2, created_at: '2023-09-10_04-33-06', campaign_id: 'c2', referral_link_id: 4, referred_user_id: 'user@gmail.com' });
    expect(() => checkReferredUserIsNew(s, 'c2', 'user@gmail.com')).toThrow(expect.objectContaining({ code: 'REFERRED_USER_ALREADY_EXISTS' }));
  });

  it('find a campaign changed in place through the collection', () => {
    const s = indexed();
    updateRecord(s.campaigns, mustFindCampaign(s, 'c1'), (c) => Object.assign(c, { name: 'Renamed', webhook_url: 'https://hooks.example.com' }));
    expect(mustFindCampaign(s, 'c1')).toMatchObject({ name: 'Renamed', webhook_url: 'https://hooks.example.com' });
  });

  it('do not mix up pairs that would join to the same index key', () => {
    const s = indexed();
    s.campaigns.push({ id: 'c1\u0000ann', created_at: '2023-09-10_03-30-00', url: 'https://example.com', name: 'Odd', webhook_url: null });
    s.referral_links.push({ id: 9, created_at: '2023-09-10_03-33-06', referral_code: 'ODD00009', campaign_id: 'c1', referrer_id: 'ann\u0000x', total_clicks: 0, total_referrals: 0 });
    expect(listLinksOfReferrer(s, 'c1\u0000ann', 'x')).toEqual([]);
  });
});
