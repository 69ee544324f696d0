import { danglingRef, duplicateKey, firstProblem, keysOf, type StateProblem } from '../../shared-check.js';
import type { ReferralApiState } from '../store.js';
import { normaliseReferralCode } from './referral-codes.js';

// What the state schema cannot say about a seeded ReferralAPI state: ids are unique per kind, referral codes are
// unique within the organisation (any case, as codes are looked up upper-cased), a referred_user_id belongs to one
// referred user per campaign (409 REFERRED_USER_ALREADY_EXISTS), and every reference names a stored record: a link's
// campaign, a referred user's campaign and link, an action's link and referred user.

export function checkReferralApiState(state: ReferralApiState): StateProblem | undefined {
  const { campaigns, referral_links: links, referred_users: users, actions } = state;
  const campaignIds = keysOf(campaigns, (c) => c.id);
  const linkIds = keysOf(links, (l) => l.id);
  const userIds = keysOf(users, (u) => u.id);
  const isCampaign = (id: string | number) => campaignIds.has(id);
  const isLink = (id: string | number) => linkIds.has(id);
  return firstProblem(
    () => duplicateKey(campaigns, 'campaigns', 'id', (c) => c.id),
    () => duplicateKey(links, 'referral_links', 'id', (l) => l.id),
    () => duplicateKey(users, 'referred_users', 'id', (u) => u.id),
    () => duplicateKey(actions, 'actions', 'id', (a) => a.id),
    () => duplicateKey(links, 'referral_links', 'referral_code', (l) => normaliseReferralCode(l.referral_code), 'codes are unique in the organisation, in any case'),
    () => duplicateKey(users, 'referred_users', 'referred_user_id', (u) => `${u.campaign_id}\u0000${u.referred_user_id}`, 'one referred user per campaign'),
    () => danglingRef(links, 'referral_links', 'campaign_id', (l) => l.campaign_id, isCampaign, 'campaign'),
    () => danglingRef(users, 'referred_users', 'campaign_id', (u) => u.campaign_id, isCampaign, 'campaign'),
    () => danglingRef(users, 'referred_users', 'referral_link_id', (u) => u.referral_link_id, isLink, 'referral link'),
    () => danglingRef(actions, 'actions', 'referral_link_id', (a) => a.referral_link_id, isLink, 'referral link'),
    () => danglingRef(actions, 'actions', 'referred_user_pk', (a) => a.referred_user_pk, (id) => userIds.has(id), 'referred user'),
  );
}
