import type { Handler } from '../../../engine/types.js';
import { buildCampaign, updatedCampaign } from '../rules/campaigns.js';
import { mustFindCampaign } from '../rules/lookup.js';
import { presentCampaign } from '../rules/present.js';
import { formatTimestamp } from '../rules/timestamp.js';
import type { ReferralApiState } from '../store.js';
import { ok } from './respond.js';

type H = Handler<ReferralApiState>;

export const createCampaign: H = (req, { state, clock, ids }) => {
  const campaign = buildCampaign(req.body, ids.uuid(), formatTimestamp(clock.now()));
  state.campaigns.push(campaign);
  return ok(presentCampaign(campaign));
};

export const getCampaign: H = (req, { state }) => ok(presentCampaign(mustFindCampaign(state, req.query.id)));

export const updateCampaign: H = (req, { state }) => {
  const campaign = mustFindCampaign(state, req.query.id);
  const changed = updatedCampaign(campaign, req.body);
  state.campaigns[state.campaigns.indexOf(campaign)] = changed;
  return ok(presentCampaign(changed));
};
