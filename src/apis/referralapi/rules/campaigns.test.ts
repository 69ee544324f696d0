import { describe, expect, it } from 'vitest';
import { buildCampaign, updatedCampaign } from './campaigns.js';

const campaign = buildCampaign({ url: 'example.com', name: 'My Campaign' }, '3a6a4dd0-1055-4c3c-a531-7036793e10ee', '2023-09-11_03-33-06');

describe('buildCampaign', () => {
  it('normalises the url and starts without a webhook', () => {
    expect(campaign).toEqual({
      id: '3a6a4dd0-1055-4c3c-a531-7036793e10ee',
      created_at: '2023-09-11_03-33-06',
      url: 'https://example.com',
      name: 'My Campaign',
      webhook_url: null,
    });
  });
});

describe('updatedCampaign', () => {
  it('changes name and webhook_url and leaves the original untouched', () => {
    const changed = updatedCampaign(campaign, { name: 'Renamed', webhook_url: 'https://hooks.example.com/ra' });
    expect(changed).toMatchObject({ name: 'Renamed', webhook_url: 'https://hooks.example.com/ra', url: 'https://example.com' });
    expect(campaign.name).toBe('My Campaign');
  });

  it('removes the webhook with null and keeps fields that were not sent', () => {
    const withHook = { ...campaign, webhook_url: 'https://hooks.example.com/ra' };
    expect(updatedCampaign(withHook, { webhook_url: null })).toMatchObject({ webhook_url: null, name: 'My Campaign' });
  });

  it('refuses any url with URL_CANNOT_BE_CHANGED', () => {
    expect(() => updatedCampaign(campaign, { url: 'other.com' })).toThrow(expect.objectContaining({ code: 'URL_CANNOT_BE_CHANGED', status: 400 }));
  });
});
