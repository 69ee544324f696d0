import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFixedClock } from '../../engine/clock.js';
import { createIdSource } from '../../engine/ids.js';
import type { WebhookPlanContext } from '../../engine/webhooks/types.js';
import { partnero } from './index.js';
import { emptyState, type PartneroState, type Webhook } from './store.js';
import { partneroWebhooks, RETRY_DELAYS_MS } from './webhooks.js';

const hook = (overrides: Partial<Webhook> = {}): Webhook => ({
  key: 'wh_all',
  name: 'All',
  url: 'https://example.com/all',
  is_active: true,
  signature: 'uy51DfvoJ7mUm2Ua',
  events: ['subscriber.created', 'subscriber.updated', 'subscriber.deleted'],
  ...overrides,
});

const context = (state: PartneroState): WebhookPlanContext<PartneroState> => ({ state, tenant: 'default', endpoints: [], clock: createFixedClock('2026-03-04T05:06:07Z'), ids: createIdSource(1) });
const subscriber = { id: 'a@example.com', email: 'a@example.com', name: 'A' };

describe('partneroWebhooks', () => {
  it('is the vendor\'s webhooks, configured through /v1/webhooks (not the admin endpoints)', () => {
    expect(partnero.webhooks).toBe(partneroWebhooks);
    expect(partneroWebhooks.adminEndpoints).toBeFalsy();
  });

  it('policy: 5 s to answer; 2xx delivers, 410 deactivates, anything else retries 1 min, 5 min, 30 min, 2 h', () => {
    const { policy } = partneroWebhooks;
    expect(policy.timeoutMs).toBe(5000);
    expect([200, 201, 202, 204, 299].map(policy.classify)).toEqual(Array(5).fill('delivered'));
    expect(policy.classify(410)).toBe('disable');
    expect([301, 400, 401, 404, 429, 500, 503].map(policy.classify)).toEqual(Array(7).fill('retry'));
    expect([1, 2, 3, 4, 5].map(policy.retryDelayMs)).toEqual([60_000, 300_000, 1_800_000, 7_200_000, undefined]);
    expect(RETRY_DELAYS_MS).toHaveLength(4);
  });

  it('plans one signed delivery per active webhook subscribed to the event, with the exact body it signs', () => {
    const state = emptyState();
    state.webhooks.push(hook(), hook({ key: 'wh_off', is_active: false }), hook({ key: 'wh_deleted_only', events: ['subscriber.deleted'] }));
    const planned = partneroWebhooks.plan({ type: 'subscriber.created', payload: subscriber }, context(state));
    expect(planned).toHaveLength(1);
    const [delivery] = planned;
    expect(delivery.endpoint_id).toBe('wh_all');
    expect(delivery.url).toBe('https://example.com/all');
    expect(JSON.parse(delivery.body)).toEqual({ event: 'subscriber.created', url: 'https://example.com/all', webhook_key: 'wh_all', created_at: '2026-03-04T05:06:07.000000Z', data: subscriber });
    expect(delivery.headers).toEqual({ 'Content-Type': 'application/json', Signature: createHmac('sha256', 'uy51DfvoJ7mUm2Ua').update(delivery.body).digest('hex') });
  });

  it('plans nothing for a program without webhooks, a state stored before webhooks existed included', () => {
    expect(partneroWebhooks.plan({ type: 'subscriber.created', payload: subscriber }, context(emptyState()))).toEqual([]);
    const old = emptyState() as Partial<PartneroState>;
    delete old.webhooks;
    expect(partneroWebhooks.plan({ type: 'subscriber.created', payload: subscriber }, context(old as PartneroState))).toEqual([]);
  });

  it('disable deactivates the webhook by key and leaves the others', () => {
    const state = emptyState();
    state.webhooks.push(hook(), hook({ key: 'wh_other' }));
    partneroWebhooks.disable!(state, 'wh_all');
    partneroWebhooks.disable!(state, 'wh_gone'); // deleted meanwhile: nothing to do
    expect(state.webhooks.map((w) => [w.key, w.is_active])).toEqual([
      ['wh_all', false],
      ['wh_other', true],
    ]);
  });
});
