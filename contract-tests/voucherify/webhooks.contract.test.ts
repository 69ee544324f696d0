import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect } from 'vitest';
import { startTestReceiver, type Answer, type Receiver, type ReceivedRequest } from '../../src/engine/test-support/receiver.js';
import { checkWebhookConformance } from '../support/conformance.js';
import { mockTest, type ClientOptions, type VendorClient } from '../support/client.js';
import { createPublishedCode, createReferralCampaign, holdersPath } from './setup.js';
import { unique, voucherifyClient } from './target.js';

// Voucherify's project webhooks are set up in its dashboard, so receivers are registered through
// /__sandbox/webhooks/endpoints (the endpoint's `secret` plays the project's webhook secret key). Every test needs a
// receiver the sandbox can reach and the admin API: mock only.

const SECRET = 'vf_project_webhook_secret';
const MINUTE = 60;
/** Seconds between attempts: retry n comes 2^(n-1) min after the first attempt, the 12th at 24 h (introduction-to-webhooks.mdx). */
const RETRY_WAITS = [1, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 416].map((m) => m * MINUTE);

const receiver = startTestReceiver; // closed when the test finishes

function client(options: ClientOptions = {}) {
  return voucherifyClient(options);
}

async function hooked(api: VendorClient, answer?: (request: ReceivedRequest, index: number) => Answer, extra: { events?: string[]; tenant?: string; secret?: string } = {}) {
  const hook = await receiver(answer);
  const endpoint = await api.admin.addWebhookEndpoint({ url: `${hook.url}/voucherify`, secret: SECRET, ...extra });
  return { hook, endpoint };
}

/** What a user's handler does: HMAC-SHA256 of the raw body with the project's secret key, hex, compared in constant time. */
function signedWith(request: ReceivedRequest, secret = SECRET): boolean {
  const given = request.headers['x-voucherify-signature'];
  if (typeof given !== 'string' || !/^[0-9a-f]{64}$/.test(given)) return false;
  return timingSafeEqual(Buffer.from(given, 'hex'), createHmac('sha256', secret).update(request.body, 'utf8').digest());
}

/** A delivery as a receiver checks it: a signed JSON POST whose body the spec's webhooks section accepts. */
function expectEvent(request: ReceivedRequest, type: string) {
  expect(request.method).toBe('POST');
  expect(request.path).toBe('/voucherify');
  expect(request.headers['content-type']).toBe('application/json');
  expect(signedWith(request)).toBe(true);
  expect(request.json.type).toBe(type);
  expect(request.json.event.type).toBe(type);
  expect(checkWebhookConformance('voucherify', type, request.json)).toEqual([]);
}

const ofType = (requests: ReceivedRequest[], type: string) => requests.filter((r) => r.json?.type === type).map((r) => r.json);
const typesOf = (requests: ReceivedRequest[]) => requests.map((r) => r.json?.type as string).sort();

/** Every key Voucherify's own example shows for that object is there (reference/OpenAPIWebhooks.json and project-settings-webhooks.mdx, 65c33a7). */
function expectKeysOf(value: Record<string, unknown>, keys: string[]) {
  expect(Object.keys(value)).toEqual(expect.arrayContaining(keys));
}
const EXAMPLE_KEYS = {
  envelope: ['id', 'project_id', 'created_at', 'type', 'data', 'source', 'event'],
  event: ['id', 'type', 'created_at', 'entity_id', 'group_id', 'event_source'],
  simpleCustomer: ['id', 'name', 'email', 'source_id', 'metadata', 'object'],
  campaign: ['id', 'name', 'campaign_type', 'type', 'is_referral_code', 'voucher', 'referral_program', 'auto_join', 'join_once', 'active', 'category_id', 'category', 'metadata', 'start_date', 'expiration_date', 'description', 'created_at', 'updated_at', 'object'],
  campaignVoucher: ['type', 'discount', 'gift', 'loyalty_card', 'redemption', 'code_config'],
  codeConfig: ['length', 'charset', 'pattern', 'prefix', 'postfix'],
  voucher: ['id', 'code', 'discount', 'type', 'campaign', 'campaign_id', 'is_referral_code', 'holder_id', 'referrer_id', 'category_id', 'categories', 'active', 'created_at', 'updated_at', 'redemption', 'start_date', 'expiration_date', 'metadata', 'object'],
  publication: ['id', 'object', 'created_at', 'customer_id', 'tracking_id', 'metadata', 'channel', 'source_id', 'result', 'customer', 'vouchers_id'],
  publicationCustomer: ['id', 'source_id', 'name', 'email', 'address', 'summary', 'loyalty', 'referrals', 'metadata', 'object'],
  holder: ['id', 'object', 'created_at', 'campaign_id', 'customer_id', 'holder_role', 'voucher_type', 'campaign_type', 'redeemable_id', 'publication_id', 'redeemable_object'],
};

async function createCustomer(api: VendorClient, body: Record<string, unknown> = {}, auth?: Record<string, string>) {
  const res = await api.call('POST', '/v1/customers', { body: { source_id: unique('customer'), ...body }, ...(auth ? { auth } : {}) });
  expect(res.status).toBe(200);
  return res.body as { id: string; source_id: string };
}

describe('Voucherify webhooks: signed project-settings send-outs', () => {
  mockTest('a new customer sends customer.created: the documented envelope, signed, data.customer as Get Customer shows it', async () => {
    const api = client();
    const { hook } = await hooked(api);
    const customer = await createCustomer(api, { name: 'Webhook Wendy', email: 'wendy@example.com', metadata: { plan: 'pro' } });

    const [got] = await hook.waitFor(1);
    expectEvent(got, 'customer.created');
    const body = got.json;
    expectKeysOf(body, EXAMPLE_KEYS.envelope);
    expectKeysOf(body.event, EXAMPLE_KEYS.event);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^whs_[0-9a-f]{18}$/),
      project_id: expect.stringMatching(/^proj_[0-9A-Za-z]{12}$/),
      source: { id: expect.stringMatching(/^wh_/), object: 'webhook', target_url: `${hook.url}/voucherify` },
      event: {
        id: expect.stringMatching(/^evcus_[0-9a-f]{18}$/),
        entity_id: customer.id,
        group_id: expect.stringMatching(/^v-[0-9a-f]{18}$/),
        event_source: { channel: 'API', api_key: { app_id: 'vf_sandbox_app_id', name: expect.any(String) } },
      },
    });
    expect(body.event.created_at).toBe(body.created_at);
    expect(body.data.customer).toEqual((await api.call('GET', `/v1/customers/${customer.id}`)).body);
    // A receiver refuses anything else: other bytes, another secret, an unknown field.
    expect(signedWith({ ...got, body: got.body.replace('Wendy', 'Wanda') })).toBe(false);
    expect(signedWith(got, 'another-secret')).toBe(false);
    expect(checkWebhookConformance('voucherify', 'customer.created', { ...body, extra: true })).not.toEqual([]);

    // An upsert that updates (same source_id) and a PUT create nothing: no customer.created.
    await createCustomer(api, { source_id: customer.source_id, name: 'Wendy W.' });
    expect((await api.call('PUT', `/v1/customers/${customer.id}`, { body: { name: 'W' } })).status).toBe(200);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1);
    const [logged] = await api.admin.webhookDeliveries();
    expect(logged).toMatchObject({ event_type: 'customer.created', status: 'delivered', payload: body, headers: { 'x-voucherify-signature': got.headers['x-voucherify-signature'] } });
    expect(logged.attempts).toEqual([expect.objectContaining({ status: 200, outcome: 'delivered' })]);
  });

  mockTest('a publication sends voucher.published, publication.succeeded, the REFERRER assignment and customer.created, one request one group_id', async () => {
    const api = client();
    const campaign = await createReferralCampaign(api);
    const { hook } = await hooked(api);
    const sourceId = unique('referrer');
    const res = await api.call('POST', '/v1/publications', { body: { campaign: { name: campaign.name, count: 1 }, customer: { source_id: sourceId, name: 'Rita Referrer' }, metadata: { via: 'test' } } });
    expect(res.status).toBe(200);
    const received = await hook.waitFor(4);
    await api.admin.settleWebhooks();
    expect(typesOf(received)).toEqual(['customer.created', 'customer.holder.assignment.created', 'publication.succeeded', 'voucher.published']);
    for (const r of received) expectEvent(r, r.json.type);
    expect(new Set(received.map((r) => r.json.event.group_id)).size).toBe(1);
    expect(new Set(received.map((r) => r.json.event.id)).size).toBe(4);

    const { voucher, ...publication } = res.body;
    const [published] = ofType(received, 'voucher.published');
    expect(published.event).toMatchObject({ id: expect.stringMatching(/^evvou_/), entity_id: voucher.id });
    expectKeysOf(published.data, ['customer', 'campaign', 'publication', 'voucher', 'created_at']);
    expectKeysOf(published.data.customer, EXAMPLE_KEYS.simpleCustomer);
    expectKeysOf(published.data.campaign, EXAMPLE_KEYS.campaign);
    expectKeysOf(published.data.campaign.voucher, EXAMPLE_KEYS.campaignVoucher);
    expectKeysOf(published.data.campaign.voucher.code_config, EXAMPLE_KEYS.codeConfig);
    expectKeysOf(published.data.publication, EXAMPLE_KEYS.publication);
    expectKeysOf(published.data.publication.customer, EXAMPLE_KEYS.publicationCustomer);
    expectKeysOf(published.data.voucher, EXAMPLE_KEYS.voucher);
    expect(published.data.customer).toEqual(publication.customer);
    expect(published.data.publication).toMatchObject({ ...publication, customer: { ...publication.customer, summary: null, loyalty: null, referrals: null } });
    expect(published.data.voucher).toMatchObject({ id: voucher.id, code: voucher.code, holder_id: publication.customer_id, campaign_id: campaign.id, updated_at: voucher.updated_at });
    expect(published.data.campaign).toMatchObject({ id: campaign.id, name: campaign.name, campaign_type: 'REFERRAL_PROGRAM', voucher: { code_config: { length: 10, prefix: 'SBX-', pattern: '##########' } } });
    expect(published.data.created_at).toBe(publication.created_at);

    const [succeeded] = ofType(received, 'publication.succeeded');
    expect(succeeded.event).toMatchObject({ id: expect.stringMatching(/^evpub_/), entity_id: publication.id });
    const { created_at: _at, ...base } = published.data;
    expect(succeeded.data).toEqual({ ...base, vouchers: [base.voucher], user: null });

    const [assigned] = ofType(received, 'customer.holder.assignment.created');
    const referrerRow = (await api.call('GET', holdersPath(voucher.code))).body.data.find((h: { holder_role: string }) => h.holder_role === 'REFERRER');
    const { metadata: _metadata, ...row } = referrerRow;
    expect(assigned.data.holder).toEqual({ ...row, publication_id: publication.id });
    expect(assigned.event.entity_id).toBe(publication.customer_id);

    const [created] = ofType(received, 'customer.created');
    expect(created.data.customer).toMatchObject({ id: publication.customer_id, source_id: sourceId, name: 'Rita Referrer' });

    // join_once with an existing publication returns it and sends nothing; a known customer is not created again.
    expect((await api.call('POST', '/v1/publications', { query: { join_once: true }, body: { campaign: campaign.name, customer: { id: publication.customer_id } } })).status).toBe(200);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(4);
    expect((await api.call('POST', '/v1/publications', { body: { campaign: campaign.name, customer: { id: publication.customer_id } } })).status).toBe(200);
    const more = (await hook.waitFor(7)).slice(4);
    expect(typesOf(more)).toEqual(['customer.holder.assignment.created', 'publication.succeeded', 'voucher.published']);
  });

  mockTest('adding holders sends customer.created for a new customer and one REFEREE assignment per holder', async () => {
    const api = client();
    const ref = await createPublishedCode(api);
    const known = await createCustomer(api, { name: 'Known Kim' });
    const { hook } = await hooked(api);
    const newcomer = unique('referee');
    const res = await api.call('POST', holdersPath(ref.code, ref.campaignId), { body: { holders: [{ source_id: newcomer, name: 'New Nia' }, { id: known.id }], metadata: { influencer: true } } });
    expect(res.status).toBe(200);
    const received = await hook.waitFor(3);
    await api.admin.settleWebhooks();
    expect(typesOf(received)).toEqual(['customer.created', 'customer.holder.assignment.created', 'customer.holder.assignment.created']);
    for (const r of received) expectEvent(r, r.json.type);
    expect(ofType(received, 'customer.created')[0].data.customer).toMatchObject({ source_id: newcomer, name: 'New Nia' });

    const assignments = ofType(received, 'customer.holder.assignment.created');
    for (const [i, holder] of res.body.holders.entries()) {
      const sent = assignments.find((a) => a.data.holder.id === holder.id);
      const { metadata: _metadata, ...row } = holder;
      expect(sent.data.holder).toEqual({ ...row, publication_id: null });
      expect(sent.data.customer.id).toBe(holder.customer_id);
      expect(sent.event.entity_id).toBe(holder.customer_id);
      expect(sent.data.voucher).toMatchObject({ id: ref.voucherId, code: ref.code, holder_id: ref.referrerId });
      expect(sent.data.campaign.id).toBe(ref.campaignId);
      expectKeysOf(sent.data.holder, EXAMPLE_KEYS.holder);
      expectKeysOf(sent.data.voucher, EXAMPLE_KEYS.voucher);
      expectKeysOf(sent.data.campaign, EXAMPLE_KEYS.campaign);
      expectKeysOf(sent.data.customer, EXAMPLE_KEYS.simpleCustomer);
      if (i === 1) expect(sent.data.customer).toMatchObject({ id: known.id, name: 'Known Kim' });
    }
  });

  mockTest('removing a holder (either URL form) sends customer.holder.assignment.deleted with the row as it was', async () => {
    const api = client();
    const ref = await createPublishedCode(api);
    const added = (await api.call('POST', holdersPath(ref.code), { body: { holders: [{ source_id: unique('a') }, { source_id: unique('b') }] } })).body.holders;
    const { hook } = await hooked(api);
    expect((await api.call('DELETE', `${holdersPath(ref.code)}/${added[0].id}`)).status).toBe(204);
    expect((await api.call('DELETE', `${holdersPath(ref.code, ref.campaignId)}/${added[1].id}`)).status).toBe(204);
    const received = await hook.waitFor(2);
    await api.admin.settleWebhooks();
    for (const [i, r] of received.entries()) {
      expectEvent(r, 'customer.holder.assignment.deleted');
      const { metadata: _metadata, ...row } = added.find((h: { id: string }) => h.id === r.json.data.holder.id);
      expect(r.json.data.holder).toEqual({ ...row, publication_id: null });
      expect(r.json.event.entity_id).toBe(row.customer_id);
      expect(r.json.data.holder.id).toBe(added[i].id);
    }
    expect(hook.received).toHaveLength(2);
  });

  mockTest("a webhook subscribed to some events gets only those; each webhook gets its own send-out of the same event", async () => {
    const api = client();
    const campaign = await createReferralCampaign(api);
    const all = await hooked(api);
    const some = await hooked(api, undefined, { events: ['voucher.published'] });
    expect((await api.call('POST', '/v1/publications', { body: { campaign: campaign.name, customer: { source_id: unique('r') } } })).status).toBe(200);
    await all.hook.waitFor(4);
    const [only] = await some.hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect(some.hook.received).toHaveLength(1);
    expectEvent(only, 'voucher.published');
    const [same] = ofType(all.hook.received, 'voucher.published');
    expect(only.json.event).toEqual(same.event);
    expect(only.json.data).toEqual(same.data);
    expect(only.json.id).not.toBe(same.id);
    expect(only.json.source.id).not.toBe(same.source.id);
  });

  mockTest('retries on the sandbox clock: 500 twice, then 200 — 3 attempts 1 min apart, the same signed bytes each time', async () => {
    const api = client();
    const { hook } = await hooked(api, (_request, index) => (index < 2 ? 500 : 200));
    await createCustomer(api);
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    let [delivery] = await api.admin.webhookDeliveries();
    expect(delivery).toMatchObject({ status: 'pending', attempts: [expect.objectContaining({ status: 500, outcome: 'retry' })] });
    const wait = Date.parse(delivery.next_attempt_at) - Date.parse(delivery.attempts[0].started_at);
    expect(wait).toBeGreaterThanOrEqual(60_000);
    expect(wait).toBeLessThan(61_000);

    await api.admin.advanceClock(30); // not due yet
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1);
    await api.admin.advanceClock(30);
    await hook.waitFor(2);
    await api.admin.settleWebhooks();
    await api.admin.advanceClock(MINUTE);
    await hook.waitFor(3);
    await api.admin.settleWebhooks();
    [delivery] = await api.admin.webhookDeliveries();
    expect(delivery.status).toBe('delivered');
    expect(delivery.attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 200]);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
    expect(new Set(hook.received.map((r) => r.headers['x-voucherify-signature'])).size).toBe(1);
    for (const r of hook.received) expectEvent(r, 'customer.created');
  });

  mockTest('gives up after the 12th retry (24 h after the first attempt); the webhook keeps receiving new events', async () => {
    const api = client();
    let accept = false;
    const { hook } = await hooked(api, () => (accept ? 200 : 503));
    await createCustomer(api);
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    for (const [i, seconds] of RETRY_WAITS.entries()) {
      await api.admin.advanceClock(seconds);
      await hook.waitFor(i + 2);
      await api.admin.settleWebhooks();
    }
    const [failed] = await api.admin.webhookDeliveries();
    expect(failed).toMatchObject({ status: 'failed', next_attempt_at: null, note: 'gave up after 13 attempts' });
    expect(failed.attempts).toHaveLength(13);
    const started = failed.attempts.map((a: { started_at: string }) => Date.parse(a.started_at));
    expect(started[12] - started[0]).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    await api.admin.advanceClock(24 * 3600);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(13);

    accept = true;
    await createCustomer(api);
    await hook.waitFor(14);
    await api.admin.settleWebhooks();
    expect((await api.admin.webhookDeliveries({ status: 'delivered' })).length).toBe(1);
  });

  mockTest('no status is special: 410, a redirect, a 4xx, a dropped connection and a timeout are all retried, and nothing is disabled', async () => {
    const api = client({ server: { webhooks: { maxTimeoutMs: 300 } } });
    const answers: Record<string, Answer> = { gone: 410, redirect: { status: 302, headers: { Location: 'http://127.0.0.1:9/' } }, rejected: 400, reset: 'reset', hang: 'hang' };
    const hooks = Object.fromEntries(await Promise.all(Object.entries(answers).map(async ([name, answer]) => [name, (await hooked(api, (_r, index) => (index === 0 ? answer : 200))).hook] as const)));
    await createCustomer(api);
    for (const hook of Object.values(hooks)) await hook.waitFor(1);
    await api.admin.settleWebhooks();
    const first = await api.admin.webhookDeliveries();
    expect(first).toHaveLength(5);
    for (const delivery of first) {
      expect(delivery.status).toBe('pending');
      expect(delivery.attempts).toEqual([expect.objectContaining({ outcome: 'retry' })]);
    }
    const byUrl = Object.fromEntries(first.map((d: { url: string; attempts: unknown[] }) => [d.url, d.attempts[0]]));
    expect(byUrl[`${hooks.gone.url}/voucherify`]).toMatchObject({ status: 410 });
    expect(byUrl[`${hooks.redirect.url}/voucherify`]).toMatchObject({ status: 302 });
    expect(byUrl[`${hooks.hang.url}/voucherify`]).toMatchObject({ status: null, error: 'timeout' });
    expect(byUrl[`${hooks.reset.url}/voucherify`]).toMatchObject({ status: null });

    await api.admin.advanceClock(MINUTE);
    for (const hook of Object.values(hooks)) await hook.waitFor(2);
    await api.admin.settleWebhooks();
    expect((await api.admin.webhookDeliveries()).map((d: { status: string }) => d.status)).toEqual(Array(5).fill('delivered'));
    // The webhook that answered 410 still receives what comes next.
    await createCustomer(api);
    await hooks.gone.waitFor(3);
  });

  mockTest("a tenant's events reach only its own webhooks, with its own project id and app id", async () => {
    const api = client();
    const other = await api.admin.createTenant();
    const mine = await hooked(api);
    const theirs = await hooked(api, undefined, { tenant: other.tenant_id });
    await createCustomer(api);
    const [got] = await mine.hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect(theirs.hook.received).toEqual([]);

    const theirAuth = { 'X-App-Id': other.credentials['X-App-Id'], 'X-App-Token': other.credentials['X-App-Token'] };
    await createCustomer(api, {}, theirAuth);
    const [their] = await theirs.hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect(mine.hook.received).toHaveLength(1);
    expectEvent(their, 'customer.created');
    expect(their.json.event.event_source.api_key.app_id).toBe(other.credentials['X-App-Id']);
    expect(their.json.project_id).not.toBe(got.json.project_id);
    expect(await api.admin.webhookDeliveries({ tenant: other.tenant_id })).toHaveLength(1);
  });

  mockTest('a request that fails sends nothing, not even for the holders checked before the failing one', async () => {
    const api = client();
    const ref = await createPublishedCode(api);
    const single = await createReferralCampaign(api, { type: 'STATIC', vouchers_count: 1 });
    expect((await api.call('POST', '/v1/publications', { body: { campaign: single.name, customer: { source_id: unique('first') } } })).status).toBe(200);
    const { hook } = await hooked(api);
    const failures = [
      await api.call('POST', holdersPath(ref.code), { body: { holders: [{ source_id: unique('fine') }, { id: 'cust_doesnotexist0000000000' }] } }),
      await api.call('DELETE', `${holdersPath(ref.code)}/${ref.referrerHolderId}`),
      await api.call('POST', '/v1/customers', { body: { name: 42 } }),
      await api.call('POST', '/v1/publications', { body: { voucher: ref.code, customer: { source_id: unique('late') } } }),
      await api.call('POST', '/v1/publications', { body: { campaign: single.name, customer: { source_id: unique('none-left') } } }),
    ];
    expect(failures.map((f) => [f.status, f.body.key])).toEqual([
      [404, 'not_found'],
      [403, 'forbidden'],
      [400, 'invalid_payload'],
      [400, 'voucher_already_published'],
      [400, 'missing_vouchers'],
    ]);
    await api.admin.settleWebhooks();
    expect(hook.received).toEqual([]);
    expect(await api.admin.webhookDeliveries()).toEqual([]);
  });
});
