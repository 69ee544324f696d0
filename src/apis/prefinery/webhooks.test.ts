import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixedClock } from '../../engine/clock.js';
import { createIdSource } from '../../engine/ids.js';
import { loadSpec } from '../../engine/openapi/load-spec.js';
import { compileSpec } from '../../engine/openapi/validators.js';
import type { WebhookEndpoint } from '../../engine/webhooks/types.js';
import { SPEC_DIR } from '../../server.js';
import { presentPoint, presentReward, presentTester } from './rules/present.js';
import { makeBeta, makeTester } from './rules/test-records.js';
import { emptyState } from './store.js';
import { prefineryWebhooks } from './webhooks.js';

const endpoint = (id: string, secret: string, url = `https://hooks.example.com/${id}`): WebhookEndpoint => ({
  id, vendor: 'prefinery', tenant: 'default', url, events: [], secret, enabled: true, created_at: '2026-03-01T00:00:00Z',
});

const spec = compileSpec(loadSpec(join(SPEC_DIR, 'prefinery.yaml')), 'prefinery');

function context(endpoints: WebhookEndpoint[]) {
  const used: string[] = [];
  const ids = createIdSource(3);
  return {
    ctx: { state: emptyState(), tenant: 'default', endpoints, clock: createFixedClock('2026-03-01T12:00:00.750Z'), ids: { ...ids, uuid: () => (used.push('uuid'), ids.uuid()) } },
    used,
  };
}

describe('prefinery webhook plan', () => {
  const beta = makeBeta();
  const tester = makeTester({ email: 'amy@example.com' });
  const data = { beta_id: beta.id, tester: presentTester(tester, beta, [tester]) };

  it('sends one envelope, byte for byte the same, to every endpoint, each signed with its own secret', () => {
    const { ctx } = context([endpoint('we_a', 'secret_a'), endpoint('we_b', 'secret_b')]);
    const planned = prefineryWebhooks.plan({ type: 'tester_created', payload: data }, ctx);
    expect(planned.map((p) => [p.endpoint_id, p.url])).toEqual([['we_a', 'https://hooks.example.com/we_a'], ['we_b', 'https://hooks.example.com/we_b']]);
    expect(planned[0].body).toBe(planned[1].body);
    const body = JSON.parse(planned[0].body);
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), event: 'tester_created', created_at: '2026-03-01T12:00:00Z', data });
    expect(spec.checkWebhook('tester_created', body)).toEqual([]);
    planned.forEach((p, i) => {
      const secret = ['secret_a', 'secret_b'][i];
      const t = Math.floor(Date.parse('2026-03-01T12:00:00.750Z') / 1000);
      expect(p.headers).toEqual({
        'Content-Type': 'application/json',
        'X-Prefinery-Signature': `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${p.body}`).digest('hex')}`,
      });
    });
  });

  it('plans nothing, and spends no id, without an endpoint or for an event Prefinery does not send', () => {
    const none = context([]);
    expect(prefineryWebhooks.plan({ type: 'tester_created', payload: data }, none.ctx)).toEqual([]);
    expect(none.used).toEqual([]);
    const unknown = context([endpoint('we_a', 's')]);
    expect(prefineryWebhooks.plan({ type: 'beta_deleted', payload: {} }, unknown.ctx)).toEqual([]);
  });

  it('reward and points events are sent in the same envelope, as the spec describes them', () => {
    const { ctx } = context([endpoint('we_a', 'secret_a')]);
    const reward = presentReward({ id: 1, beta_id: 1, user_id: tester.id, descriptor: 'd', name: 'n', type: 'DoubleSided', user_role: 'friend', status: 'earned', earned_at: '2026-03-01T12:00:00Z', delivered_at: null, revoked_at: null, referral_id: tester.id });
    const point = presentPoint({ id: 1, beta_id: 1, user_id: tester.id, quantity: 5, activity: 'friend_reward', reason: null, reward_id: 1, created_at: '2026-03-01T12:00:00Z' });
    for (const [type, payload] of [
      ['reward_earned', { beta_id: 1, reward, tester: data.tester }],
      ['reward_delivered', { beta_id: 1, reward: { ...reward, status: 'delivered', delivered_at: '2026-03-01T12:00:00Z' }, tester: data.tester }],
      ['reward_revoked', { beta_id: 1, reward: { ...reward, status: 'revoked', revoked_at: '2026-03-01T12:00:00Z' }, tester: data.tester }],
      ['points_earned', { beta_id: 1, point, tester: data.tester }],
      ['points_revoked', { beta_id: 1, point, tester: data.tester }],
    ] as const) {
      const [planned] = prefineryWebhooks.plan({ type, payload }, ctx);
      const body = JSON.parse(planned.body);
      expect(body).toMatchObject({ event: type, data: payload });
      expect(spec.checkWebhook(type, body)).toEqual([]);
    }
  });

  it('is configured through the admin endpoints with the documented policy', () => {
    expect(prefineryWebhooks.adminEndpoints).toBe(true);
    expect(prefineryWebhooks.policy.timeoutMs).toBe(15_000);
    expect(prefineryWebhooks.policy.classify(410)).toBe('disable');
    expect(prefineryWebhooks.policy.retryDelayMs(2)).toBe(21_000);
  });
});
