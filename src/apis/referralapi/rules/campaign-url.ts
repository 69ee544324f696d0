import { ReferralApiError } from '../errors.js';

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * The campaign url as the vendor stores it: "example.com" becomes "https://example.com". An explicit
 * http:// or https:// is kept (a local http://localhost:3000 campaign must keep working); other schemes,
 * whitespace or a missing host cannot make a referral link, so they are refused.
 */
export function normaliseCampaignUrl(raw: string): string {
  const trimmed = raw.trim();
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') throw ReferralApiError.invalidUrl();
  const candidate = scheme === undefined ? `https://${trimmed}` : `${scheme}${trimmed.slice(scheme.length)}`;
  if (/\s/.test(candidate)) throw ReferralApiError.invalidUrl();
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    throw ReferralApiError.invalidUrl();
  }
  if (parsed.hostname === '') throw ReferralApiError.invalidUrl();
  return candidate;
}

/** Campaign url + "?rfa=<code>" as every object example shows ("&rfa=" when the url already has a query). */
export function buildReferralLinkUrl(campaignUrl: string, referralCode: string): string {
  const [withoutFragment] = campaignUrl.split('#');
  const separator = withoutFragment.includes('?') ? '&' : '?';
  return `${withoutFragment}${separator}rfa=${referralCode}`;
}
