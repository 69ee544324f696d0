import { updateRecord } from '../../../engine/store/collection.js';
import { referredUsersSpec } from '../collections.js';
import { nextId } from '../rules/ids.js';
import { checkReferredUserIsNew, mustFindCampaign, mustFindLinkByCode } from '../rules/lookup.js';
import { presentReferredUser } from '../rules/present.js';
import { formatTimestamp } from '../rules/timestamp.js';
import type { ReferredUser } from '../store.js';
import { ok, presentStoredLink, type H } from './respond.js';

export const createReferredUser: H<'createReferredUser'> = (req, { state, clock }) => {
  const { campaign_id, referral_code, referred_user_id } = req.body;
  mustFindCampaign(state, campaign_id);
  const link = mustFindLinkByCode(state, campaign_id, referral_code);
  checkReferredUserIsNew(state, campaign_id, referred_user_id);
  const user: ReferredUser = {
    id: nextId(state.counters.referred_user, state.referred_users, referredUsersSpec),
    created_at: formatTimestamp(clock.now()),
    campaign_id,
    referral_link_id: link.id,
    referred_user_id,
  };
  state.referred_users.push(user);
  state.counters.referred_user = user.id;
  updateRecord(state.referral_links, link, (l) => {
    l.total_referrals = (l.total_referrals ?? 0) + 1;
  });
  return ok(presentReferredUser(user, presentStoredLink(state, link)));
};
