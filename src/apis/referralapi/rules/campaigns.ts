import { ReferralApiError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign } from '../store.js';
import { normaliseCampaignUrl } from './campaign-url.js';

/** The create body (the spec's CampaignCreate). */
export type CampaignInput = components['schemas']['CampaignCreate'];

export function buildCampaign(input: CampaignInput, id: string, createdAt: string): Campaign {
  return { id, created_at: createdAt, url: normaliseCampaignUrl(input.url), name: input.name, webhook_url: null };
}

/** The update body (the spec's CampaignUpdate): `url` is there only to be refused. */
export type CampaignChanges = components['schemas']['CampaignUpdate'];

/** The changed campaign (a copy). The url never changes: the docs send users to a new campaign instead. */
export function updatedCampaign(campaign: Campaign, changes: CampaignChanges): Campaign {
  if (changes.url !== undefined) throw ReferralApiError.urlCannotBeChanged();
  return {
    ...campaign,
    name: changes.name ?? campaign.name,
    webhook_url: changes.webhook_url === undefined ? campaign.webhook_url : changes.webhook_url,
  };
}
