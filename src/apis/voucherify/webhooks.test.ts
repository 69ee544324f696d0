import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFixedClock } from '../../engine/clock.js';
import { createIdSource } from '../../engine/ids.js';
import { loadSpec, specPath } from '../../engine/openapi/load-spec.js';
import { compileSpec } from '../../engine/openapi/validators.js';
import type { WebhookEndpoint } from '../../engine/webhooks/types.js';
import { SPEC_DIR } from '../../server.js';
import { buildCampaign } from './rules/campaigns.js';
import { buildCustomer } from './rules/customers.js';
import { customerCreatedData, holderAssignmentData, publicationSucceededData, voucherPublishedData, webhookCampaign } from './rules/events.js';
import { emptyState, type Publication, type RedeemableHolder, type VoucherifyState } from './store.js';
import { eventIdPrefix, projectIdOf, voucherifyWebhooks, webhookIdOf, type VoucherifyEmitted } from './webhooks.js';

const t0 = '2026-01-01T00:00:00.000Z';
const spec = compileSpec(loadSpec(specPath(SPEC_DIR, 'voucherify.yaml')), 'voucherify');

function published(): { state: VoucherifyState; publication: Publication; referrer: RedeemableHolder; referee: RedeemableHolder } {
  const state = emptyState();
  state.campaigns.push(buildCampaign({ name: 'Friends', campaign_type: 'REFERRAL_PROGRAM', voucher: { code_config: { length: 6, prefix: 'FR-' } } }, { type: 'PERCENT', percent_off: 10 }, 'camp_1', t0));
  state.vouchers.push({ id: 'v_1', code: 'FR-ABC123', campaign_id: 'camp_1', holder_id: 'cust_1', metadata: {}, publish_count: 1, created_at: t0, updated_at: t0 });
  state.customers.push(buildCustomer('cust_1', { source_id: 'ann', name: 'Ann', address: { city: 'Oslo' } }, t0), buildCustomer('cust_2', { email: 'bo@example.com' }, t0));
  const referrer: RedeemableHolder = { id: 'rh_0000000000000000a1', created_at: t0, redeemable_id: 'v_1', customer_id: 'cust_1', holder_role: 'REFERRER', campaign_id: 'camp_1', metadata: {} };
  const referee: RedeemableHolder = { ...referrer, id: 'rh_0000000000000000a2', customer_id: 'cust_2', holder_role: 'REFEREE', metadata: { via: 'link' } };
  state.holders.push(referrer, referee);
  const publication: Publication = { id: 'pub_1', created_at: t0, customer_id: 'cust_1', voucher_id: 'v_1', campaign_id: 'camp_1', source_id: null, channel: 'API', metadata: {} };
  state.publications.push(publication);
  return { state, publication, referrer, referee };
}

const endpoint = (id: string, url: string, secret: string): WebhookEndpoint => ({ id, vendor: 'voucherify', tenant: 'default', url, events: [], secret, enabled: true, created_at: t0 });
const emitted = (data: unknown, entity = 'cust_1'): VoucherifyEmitted => ({ data: data as never, entity_id: entity, group_id: 'v-0123456789abcdef01', app_id: 'vf_sandbox_app_id' });

function plan(type: string, payload: VoucherifyEmitted, endpoints: WebhookEndpoint[], ids = createIdSource(3)) {
  return voucherifyWebhooks.plan({ type, payload }, { state: emptyState(), tenant: 'default', endpoints, clock: createFixedClock(t0), ids });
}

describe('voucherifyWebhooks.plan', () => {
  it('plans nothing, and draws no id, without a receiver', () => {
    const ids = createIdSource(3);
    expect(plan('customer.created', emitted({}), [], ids)).toEqual([]);
    expect(ids.hex(8)).toBe(createIdSource(3).hex(8));
  });

  it('sends one signed send-out per webhook: one event id, its own send-out id, source and signature each', () => {
    const { state } = published();
    const deliveries = plan('customer.created', emitted(customerCreatedData(state, state.customers[0])), [endpoint('we_0a0b0c0d0e0f', 'https://a.test/hook', 'sa'), endpoint('we_bad-id', 'https://b.test/', 'sb')]);
    expect(deliveries).toHaveLength(2);
    const bodies = deliveries.map((d) => JSON.parse(d.body));
    for (const [i, d] of deliveries.entries()) {
      expect(d.headers['Content-Type']).toBe('application/json');
      expect(d.headers['x-voucherify-signature']).toBe(createHmac('sha256', i === 0 ? 'sa' : 'sb').update(d.body).digest('hex'));
      expect(spec.checkWebhook('customer.created', bodies[i])).toEqual([]);
    }
    expect(deliveries.map((d) => [d.endpoint_id, d.url])).toEqual([['we_0a0b0c0d0e0f', 'https://a.test/hook'], ['we_bad-id', 'https://b.test/']]);
    expect(bodies[0]).toMatchObject({
      project_id: projectIdOf('default'),
      created_at: t0,
      type: 'customer.created',
      source: { id: 'wh_0a0b0c0d0e0f', object: 'webhook', target_url: 'https://a.test/hook' },
      event: { type: 'customer.created', created_at: t0, entity_id: 'cust_1', group_id: 'v-0123456789abcdef01', event_source: { channel: 'API', api_key: { app_id: 'vf_sandbox_app_id' } } },
    });
    expect(bodies[1].source.id).toMatch(/^wh_[0-9a-f]{24}$/);
    expect(bodies[0].event).toEqual(bodies[1].event);
    expect(bodies[0].id).not.toBe(bodies[1].id);
    expect(bodies[0].id).toMatch(/^whs_[0-9a-f]{18}$/);
    expect(bodies[0].event.id).toMatch(/^evcus_[0-9a-f]{18}$/);
  });

  it('builds data every event schema of the spec accepts, and the spec refuses a wrong one', () => {
    const { state, publication, referrer, referee } = published();
    const cases: Array<[string, unknown]> = [
      ['customer.created', customerCreatedData(state, state.customers[1])],
      ['voucher.published', voucherPublishedData(state, publication)],
      ['publication.succeeded', publicationSucceededData(state, publication)],
      ['customer.holder.assignment.created', holderAssignmentData(state, referrer, 'pub_1')],
      ['customer.holder.assignment.created', holderAssignmentData(state, referee, null)],
      ['customer.holder.assignment.deleted', holderAssignmentData(state, referee, null)],
    ];
    for (const [type, data] of cases) {
      const body = JSON.parse(plan(type, emitted(data), [endpoint('we_01', 'https://a.test/', 's')])[0].body);
      expect(spec.checkWebhook(type, body), type).toEqual([]);
      expect(spec.checkWebhook(type, { ...body, extra: 1 }), type).not.toEqual([]);
      expect(spec.checkWebhook(type, { ...body, type: 'customer.updated' }), type).not.toEqual([]);
    }
    expect(spec.checkWebhook('customer.created', JSON.parse(plan('customer.created', emitted(voucherPublishedData(state, publication)), [endpoint('we_01', 'https://a.test/', 's')])[0].body))).not.toEqual([]);
  });

  it('names events after their entity type', () => {
    expect(['customer.created', 'voucher.published', 'publication.succeeded', 'customer.holder.assignment.deleted'].map(eventIdPrefix)).toEqual(['evcus_', 'evvou_', 'evpub_', 'evcus_']);
  });

  it('gives each tenant its own stable project id, and each endpoint a wh_ id', () => {
    expect(projectIdOf('default')).toMatch(/^proj_[0-9A-Za-z]{12}$/);
    expect(projectIdOf('default')).toBe(projectIdOf('default'));
    expect(projectIdOf('t_other')).not.toBe(projectIdOf('default'));
    expect(webhookIdOf('we_abc123')).toBe('wh_abc123');
  });
});

describe('event data', () => {
  it('publication events carry the customer, campaign, publication (customer not expanded) and code', () => {
    const { state, publication } = published();
    const data = publicationSucceededData(state, publication);
    expect(data.customer).toEqual({ id: 'cust_1', source_id: 'ann', name: 'Ann', email: null, metadata: {}, object: 'customer' });
    expect(data.publication).toMatchObject({ id: 'pub_1', customer_id: 'cust_1', tracking_id: 'ann', result: 'SUCCESS', vouchers_id: ['v_1'] });
    expect(data.publication.customer).toMatchObject({ address: { city: 'Oslo' }, summary: null, loyalty: null, referrals: null });
    expect(data.voucher).toMatchObject({ id: 'v_1', code: 'FR-ABC123', holder_id: 'cust_1', campaign: 'Friends', redemption: { quantity: null, redeemed_quantity: 0 } });
    expect(data.vouchers).toEqual([data.voucher]);
    expect(data.user).toBeNull();
    expect(voucherPublishedData(state, publication)).toEqual({ customer: data.customer, campaign: data.campaign, publication: data.publication, voucher: data.voucher, created_at: t0 });
  });

  it('completes code_config with the defaults codes are generated with', () => {
    const { state } = published();
    expect(webhookCampaign(state, state.campaigns[0]).voucher.code_config).toEqual({ length: 6, charset: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', pattern: '######', prefix: 'FR-', postfix: '' });
    state.campaigns[0].voucher.code_config = { pattern: 'AB-###' };
    expect(webhookCampaign(state, state.campaigns[0]).voucher.code_config).toMatchObject({ length: 3, pattern: 'AB-###' });
  });

  it('holder events: the row without metadata, publication_id for the REFERRER a publication made', () => {
    const { state, referrer, referee } = published();
    expect(holderAssignmentData(state, referrer, 'pub_1').holder).toEqual({
      id: referrer.id, created_at: t0, redeemable_id: 'v_1', redeemable_object: 'voucher', campaign_id: 'camp_1', campaign_type: 'REFERRAL_PROGRAM',
      voucher_type: 'DISCOUNT_VOUCHER', customer_id: 'cust_1', holder_role: 'REFERRER', object: 'redeemable_holder', publication_id: 'pub_1',
    });
    const data = holderAssignmentData(state, referee, null);
    expect(data.holder).toMatchObject({ holder_role: 'REFEREE', publication_id: null });
    expect(data.customer.id).toBe('cust_2');
    expect(data.voucher.id).toBe('v_1');
  });
});
