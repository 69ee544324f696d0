// Compile-time proof that handlers are held to specs/referralapi.yaml (tsc checks this file; vitest never runs it).
// Each line after a @ts-expect-error must fail to compile. Should the spec change so that it compiles, tsc reports
// "Unused '@ts-expect-error' directive" and this file has to be looked at again.
import { mustFindCampaign } from '../rules/lookup.js';
import { presentCampaign } from '../rules/present.js';
import { ok, type H } from './respond.js';

// listReferralLinks' query declares only campaign_id and referrer_id: no paging parameter.
export const readsUndeclaredQuery: H<'listReferralLinks'> = (req) => {
  // @ts-expect-error `limit` is not a query parameter of listReferralLinks
  const limit = req.query.limit;
  return ok(limit === undefined ? [] : []);
};

// ReferredUserCreate has campaign_id, referral_code and referred_user_id: no email.
export const readsUndeclaredBodyField: H<'createReferredUser'> = (req) => {
  // @ts-expect-error `email` is not a field of ReferredUserCreate
  throw new Error(req.body.email);
};

// getCampaign lists 200 as its only success: a 201 is not a result it may give.
export const answersUnlistedStatus: H<'getCampaign'> = (req, { state }) =>
  // @ts-expect-error getCampaign's spec lists no 201
  ({ status: 201, body: presentCampaign(mustFindCampaign(state, req.query.id)) });

// Campaign.webhook_url is a string or null: a number is not the Campaign the spec promises.
export const answersWrongFieldType: H<'getCampaign'> = (req, { state }) =>
  // @ts-expect-error webhook_url must be string | null
  ({ status: 200, body: { ...presentCampaign(mustFindCampaign(state, req.query.id)), webhook_url: 42 } });
