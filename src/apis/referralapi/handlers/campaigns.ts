import { updateRecord } from '../../../engine/store/collection.js';
import { buildCampaign, updatedCampaign } from '../rules/campaigns.js';
import { mustFindCampaign } from '../rules/lookup.js';
import { presentCampaign } from '../rules/present.js';
import { formatTimestamp } from '../rules/timestamp.js';
import { ok, type H } from './respond.js';

export const createCampaign: H<'createCampaign'> = (req, { state, clock, ids }) => {
  const campaign = buildCampaign(req.body, ids.uuid(), formatTimestamp(clock.now()));
  state.campaigns.push(campaign);
  return ok(presentCampaign(campaign));
};

export const getCampaign: H<'getCampaign'> = (req, { state }) => ok(presentCampaign(mustFindCampaign(state, req.query.id)));

export const updateCampaign: H<'updateCampaign'> = (req, { state }) => {
  const campaign = mustFindCampaign(state, req.query.id);
  const changed = updatedCampaign(campaign, req.body);
  // The stored record takes the changed fields in place (through the collection, so the change is logged).
  updateRecord(state.campaigns, campaign, (c) => Object.assign(c, changed));
  return ok(presentCampaign(campaign));
};
