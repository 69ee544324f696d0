import { describe, expect, it } from 'vitest';
import { createFixedClock } from '../../engine/clock.js';
import { createIdSource } from '../../engine/ids.js';
import { actionWebhookBody, type ActionWebhookPayload } from './rules/webhook.js';
import { emptyState, type ReferralApiState } from './store.js';
import { referralapiWebhooks } from './webhooks.js';

const CAMPAIGN = '3a6a4dd0-1055-4c3c-a531-7036793e10ee';
const payload: ActionWebhookPayload = {
  campaign_id: CAMPAIGN,
  referral_link_id: '1',
  referral_code: 'ABC623KC',
  referrer_id: null,
  action_id: '1',
  action_type: 'VISIT',
  metadata: {},
  referred_user_id: null,
  created_at: '2026-01-01_00-00-00',
};

function stateWith(webhook_url: string | null): ReferralApiState {
  const state = emptyState();
  state.campaigns.push({ id: CAMPAIGN, created_at: '2023-09-10_03-30-00', url: 'https://example.com', name: 'My Campaign', webhook_url });
  return state;
}

const plan = (state: ReferralApiState, type = 'action') =>
  referralapiWebhooks.plan({ type, payload }, { state, tenant: 'default', endpoints: [], clock: createFixedClock('2026-01-01T00:00:00Z'), ids: createIdSource(1) });

describe('referralapiWebhooks.plan', () => {
  it('one delivery to the campaign webhook_url, the campaign being the subscription', () => {
    expect(plan(stateWith('https://hooks.example.com/ra'))).toEqual([
      { endpoint_id: CAMPAIGN, url: 'https://hooks.example.com/ra', headers: { 'Content-Type': 'application/json' }, body: actionWebhookBody(payload) },
    ]);
  });

  it('nothing for a campaign without webhook_url, an unknown campaign or another event', () => {
    expect(plan(stateWith(null))).toEqual([]);
    expect(plan(emptyState())).toEqual([]);
    expect(plan(stateWith('https://hooks.example.com/ra'), 'something.else')).toEqual([]);
  });

  it('plans a stored URL that cannot be delivered (the dispatcher records it as failed)', () => {
    expect(plan(stateWith('ftp://files.example.com/in'))[0].url).toBe('ftp://files.example.com/in');
  });

  it('is configured through the campaign, not the admin endpoints', () => {
    expect(referralapiWebhooks.adminEndpoints).toBe(false);
    expect(referralapiWebhooks.disable).toBeUndefined();
  });
});
