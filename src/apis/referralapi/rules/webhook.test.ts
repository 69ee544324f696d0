import { describe, expect, it } from 'vitest';
import type { Action, Campaign, ReferralLink, ReferredUser } from '../store.js';
import { actionWebhookBody, actionWebhookPayload, classifyWebhookStatus, retryDelayMs, WEBHOOK_HEADERS, WEBHOOK_TIMEOUT_MS, webhookTarget } from './webhook.js';

const campaign: Campaign = { id: '3a6a4dd0-1055-4c3c-a531-7036793e10ee', created_at: '2023-09-10_03-30-00', url: 'https://example.com', name: 'My Campaign', webhook_url: 'https://hooks.example.com/ra' };
const link: ReferralLink = { id: 12, created_at: '2023-09-10_03-33-06', referral_code: 'ABC623KC', campaign_id: campaign.id, referrer_id: 'referrer@gmail.com', total_clicks: 4, total_referrals: 1 };
const user: ReferredUser = { id: 3, created_at: '2023-09-10_04-33-06', campaign_id: campaign.id, referral_link_id: 12, referred_user_id: 'user@gmail.com' };
const action: Action = { id: 7, created_at: '2023-09-11_03-33-06', action_type: 'PURCHASED_PRODUCT', metadata: { productId: 'PROD12A' }, referral_link_id: 12, referred_user_pk: 3 };

describe('the action webhook', () => {
  it('builds the payload from the action, its link and its referred user, ids as strings', () => {
    expect(actionWebhookPayload(action, link, user)).toEqual({
      campaign_id: campaign.id,
      referral_link_id: '12',
      referral_code: 'ABC623KC',
      referrer_id: 'referrer@gmail.com',
      action_id: '7',
      action_type: 'PURCHASED_PRODUCT',
      metadata: { productId: 'PROD12A' },
      referred_user_id: 'user@gmail.com',
      created_at: '2023-09-11_03-33-06',
    });
  });

  it('sends null for the referred user of an action on the link alone, and for a link without referrer', () => {
    const visit: Action = { ...action, action_type: 'VISIT', metadata: {}, referred_user_pk: null };
    expect(actionWebhookPayload(visit, { ...link, referrer_id: null }, undefined)).toMatchObject({ referred_user_id: null, referrer_id: null, action_type: 'VISIT', metadata: {} });
  });

  it('sends exactly these bytes: the envelope with event first (known vector)', () => {
    const body = actionWebhookBody(actionWebhookPayload(action, link, user));
    expect(body).toBe(
      '{"event":"action","payload":{"campaign_id":"3a6a4dd0-1055-4c3c-a531-7036793e10ee","referral_link_id":"12","referral_code":"ABC623KC",' +
        '"referrer_id":"referrer@gmail.com","action_id":"7","action_type":"PURCHASED_PRODUCT","metadata":{"productId":"PROD12A"},' +
        '"referred_user_id":"user@gmail.com","created_at":"2023-09-11_03-33-06"}}',
    );
  });

  it('is unsigned: JSON content type and nothing else', () => {
    expect(WEBHOOK_HEADERS).toEqual({ 'Content-Type': 'application/json' });
  });

  it('goes to the campaign webhook_url; null or empty sends nothing', () => {
    expect(webhookTarget(campaign)).toBe('https://hooks.example.com/ra');
    expect(webhookTarget({ ...campaign, webhook_url: null })).toBeUndefined();
    expect(webhookTarget({ ...campaign, webhook_url: '' })).toBeUndefined();
    expect(webhookTarget(undefined)).toBeUndefined();
  });
});

describe('the delivery policy', () => {
  it('waits 90 s for an answer (the docs\' response limit)', () => {
    expect(WEBHOOK_TIMEOUT_MS).toBe(90_000);
  });

  it('delivers on 2xx, retries 429 and 5xx, fails anything else', () => {
    for (const status of [200, 201, 204, 299]) expect(classifyWebhookStatus(status)).toBe('delivered');
    for (const status of [429, 500, 502, 503, 504]) expect(classifyWebhookStatus(status)).toBe('retry');
    for (const status of [301, 302, 400, 401, 404, 410, 422]) expect(classifyWebhookStatus(status)).toBe('failed');
  });

  it('retries 3 times: 1, 5 and 25 minutes after the previous attempt', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 300_000, 1_500_000, undefined]);
    expect(retryDelayMs(0)).toBeUndefined();
  });
});
