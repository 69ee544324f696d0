import { ReferralApiError } from '../errors.js';
import type { Campaign } from '../store.js';
import { normaliseCampaignUrl } from './campaign-url.js';

export interface CampaignInput {
  url: string;
  name: string;
}

export function buildCampaign(input: CampaignInput, id: string, createdAt: string): Campaign {
  return { id, created_at: createdAt, url: normaliseCampaignUrl(input.url), name: input.name, webhook_url: null };
}

export interface CampaignChanges {
  name?: string;
  webhook_url?: string | null;
  url?: unknown;
}

/** The changed campaign (a copy). The url never changes: the docs send users to a new campaign instead. */
export function updatedCampaign(campaign: Campaign, changes: CampaignChanges): Campaign {
  if (changes.url !== undefined) throw new ReferralApiError('URL_CANNOT_BE_CHANGED');
  return {
    ...campaign,
    name: changes.name ?? campaign.name,
    webhook_url: changes.webhook_url === undefined ? campaign.webhook_url : changes.webhook_url,
  };
}
