import { describe, expect, it } from 'vitest';
import { buildReferralLinkUrl, normaliseCampaignUrl } from './campaign-url.js';

describe('normaliseCampaignUrl', () => {
  it('adds https:// to a bare host, as the docs show', () => {
    expect(normaliseCampaignUrl('example.com')).toBe('https://example.com');
  });

  it('keeps an explicit http or https url and lower-cases the scheme', () => {
    expect(normaliseCampaignUrl('http://localhost:3000/signup')).toBe('http://localhost:3000/signup');
    expect(normaliseCampaignUrl('HTTPS://example.com')).toBe('https://example.com');
  });

  it('trims surrounding spaces', () => {
    expect(normaliseCampaignUrl('  example.com/join ')).toBe('https://example.com/join');
  });

  it.each(['ftp://example.com', 'exa mple.com', 'https://', '   '])('refuses %j with INVALID_URL', (raw) => {
    expect(() => normaliseCampaignUrl(raw)).toThrow(expect.objectContaining({ code: 'INVALID_URL', status: 400 }));
  });
});

describe('buildReferralLinkUrl', () => {
  it('appends ?rfa=<code> as every object example shows', () => {
    expect(buildReferralLinkUrl('https://example.com', 'ABC623KC')).toBe('https://example.com?rfa=ABC623KC');
  });

  it('uses & when the campaign url already has a query, and drops a fragment', () => {
    expect(buildReferralLinkUrl('https://example.com/join?src=mail#top', 'ABC623KC')).toBe('https://example.com/join?src=mail&rfa=ABC623KC');
  });
});
