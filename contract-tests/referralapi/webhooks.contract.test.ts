import { afterEach, describe, expect } from 'vitest';
import { startReceiver, startTestReceiver, type Answer, type Receiver, type ReceivedRequest } from '../../src/engine/test-support/receiver.js';
import { checkWebhookConformance } from '../support/conformance.js';
import { mockTest, type ClientOptions, type VendorClient } from '../support/client.js';
import { createCampaign, createLink, CREATED_AT, referralapiClient, unique } from './target.js';

// ReferralAPI POSTs {"event":"action","payload":{...}} to the campaign's webhook_url for every action tracked in it.
// Every test here needs a receiver the sandbox can reach and the admin API (delivery log, clock): mock only.


const receiver = startTestReceiver; // closed when the test finishes

/** A fresh campaign with one link, its webhook_url pointed at `url` through the API (as the dashboard does). */
async function campaignWithHook(api: VendorClient, url: string | null, auth?: Record<string, string>) {
  const opts = auth ? { auth } : {};
  const created = await api.call('POST', '/api/v1/campaign', { body: { url: 'example.com', name: unique('hooked') }, ...opts });
  expect(created.status).toBe(200);
  const campaign = created.body as { id: string };
  const patched = await api.call('PATCH', '/api/v1/campaign', { query: { id: campaign.id }, body: { webhook_url: url }, ...opts });
  expect(patched.status).toBe(200);
  expect(patched.body.webhook_url).toBe(url);
  const linked = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: campaign.id, referrer_id: 'referrer@example.com' }, ...opts });
  expect(linked.status).toBe(200);
  return { campaign, link: linked.body as { id: number; referral_code: string } };
}

const visit = (api: VendorClient, campaignId: string, code: string, extra: Record<string, unknown> = {}) =>
  api.call('POST', '/api/v1/action/referral_link', { body: { campaign_id: campaignId, referral_code: code, action_type: 'VISIT', ...extra } });

/** No header a user could verify a signature with: ReferralAPI documents none. */
const signatureHeaders = (request: ReceivedRequest) => Object.keys(request.headers).filter((h) => /signature|hmac|digest|webhook/i.test(h));

function client(options: ClientOptions = {}) {
  return referralapiClient(options);
}

describe('ReferralAPI webhooks: the campaign webhook_url receives every tracked action', () => {
  mockTest('a VISIT on a link sends one unsigned `action` delivery shaped as the spec says', async () => {
    const api = client();
    const hook = await receiver();
    const { campaign, link } = await campaignWithHook(api, `${hook.url}/ra-hook`);
    const res = await visit(api, campaign.id, link.referral_code.toLowerCase(), { metadata: { page: '/pricing' } });
    expect(res.status).toBe(200);

    const [got] = await hook.waitFor(1);
    expect(got.method).toBe('POST');
    expect(got.path).toBe('/ra-hook');
    expect(got.headers['content-type']).toBe('application/json');
    expect(signatureHeaders(got)).toEqual([]);
    expect(checkWebhookConformance('referralapi', 'action', got.json)).toEqual([]);
    // The schema is strict: a numeric link id, an unknown field or another event name would not pass.
    expect(checkWebhookConformance('referralapi', 'action', { ...got.json, payload: { ...got.json.payload, referral_link_id: link.id } })).not.toEqual([]);
    expect(checkWebhookConformance('referralapi', 'action', { ...got.json, payload: { ...got.json.payload, extra: 1 } })).not.toEqual([]);
    expect(checkWebhookConformance('referralapi', 'action', { ...got.json, event: 'visit' })).not.toEqual([]);
    expect(Object.keys(got.json)).toEqual(['event', 'payload']);
    expect(got.json).toEqual({
      event: 'action',
      payload: {
        campaign_id: campaign.id,
        referral_link_id: String(link.id),
        referral_code: link.referral_code,
        referrer_id: 'referrer@example.com',
        action_id: String(res.body.id),
        action_type: 'VISIT',
        metadata: { page: '/pricing' },
        referred_user_id: null,
        created_at: res.body.created_at,
      },
    });
    expect(got.json.payload.created_at).toMatch(CREATED_AT);

    await api.admin.settleWebhooks();
    const [logged] = await api.admin.webhookDeliveries();
    expect(logged).toMatchObject({ vendor: 'referralapi', tenant: 'default', event_type: 'action', endpoint_id: campaign.id, url: `${hook.url}/ra-hook`, status: 'delivered', body: got.body });
    expect(logged.attempts).toEqual([expect.objectContaining({ status: 200, error: null, outcome: 'delivered' })]);
  });

  mockTest('an action on a referred user carries the referred_user_id and the metadata as sent', async () => {
    const api = client();
    const hook = await receiver();
    const { campaign, link } = await campaignWithHook(api, hook.url);
    const user = unique('user');
    expect((await api.call('POST', '/api/v1/referred_user', { body: { campaign_id: campaign.id, referral_code: link.referral_code, referred_user_id: user } })).status).toBe(200);
    await api.admin.settleWebhooks();
    expect(hook.received).toEqual([]); // creating a referred user is not an action

    const res = await api.call('POST', '/api/v1/action/referred_user', {
      body: { campaign_id: campaign.id, referred_user_id: user, action_type: 'PURCHASED_PRODUCT', metadata: { productId: 'PROD12A', amount: 49.9 } },
    });
    expect(res.status).toBe(200);
    const [got] = await hook.waitFor(1);
    expect(checkWebhookConformance('referralapi', 'action', got.json)).toEqual([]);
    expect(got.json.payload).toMatchObject({
      campaign_id: campaign.id,
      referral_link_id: String(link.id),
      action_id: String(res.body.id),
      action_type: 'PURCHASED_PRODUCT',
      metadata: { productId: 'PROD12A', amount: 49.9 },
      referred_user_id: user,
    });
  });

  mockTest('every action is one delivery, in order, VISIT and custom types alike', async () => {
    const api = client();
    const hook = await receiver();
    const { campaign, link } = await campaignWithHook(api, hook.url);
    for (const action_type of ['VISIT', 'SIGNED_UP', 'VISIT']) expect((await visit(api, campaign.id, link.referral_code, { action_type })).status).toBe(200);
    await hook.waitFor(3);
    await api.admin.settleWebhooks();
    const sent = hook.received.map((r) => r.json.payload).sort((a, b) => Number(a.action_id) - Number(b.action_id));
    expect(sent.map((p) => p.action_type)).toEqual(['VISIT', 'SIGNED_UP', 'VISIT']);
    expect(new Set(sent.map((p) => p.action_id)).size).toBe(3);
  });

  mockTest('a campaign without webhook_url sends nothing, nor does one whose webhook_url was removed', async () => {
    const api = client();
    const hook = await receiver();
    const silent = await createCampaign(api);
    const silentCode = (await createLink(api, silent.id)).referral_code;
    expect((await visit(api, silent.id, silentCode)).status).toBe(200);

    const { campaign, link } = await campaignWithHook(api, hook.url);
    expect((await api.call('PATCH', '/api/v1/campaign', { query: { id: campaign.id }, body: { webhook_url: null } })).status).toBe(200);
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    await api.admin.settleWebhooks();
    expect(hook.received).toEqual([]);
    expect(await api.admin.webhookDeliveries()).toEqual([]);
  });

  mockTest('only the campaign the action was tracked in is called', async () => {
    const api = client();
    const mine = await receiver();
    const other = await receiver();
    const { campaign, link } = await campaignWithHook(api, mine.url);
    await campaignWithHook(api, other.url);
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    await mine.waitFor(1);
    await api.admin.settleWebhooks();
    expect(other.received).toEqual([]);
  });

  mockTest('a failing request sends nothing: unknown code (404), missing field (400), unknown referred user (404)', async () => {
    const api = client();
    const hook = await receiver();
    const { campaign } = await campaignWithHook(api, hook.url);
    expect((await visit(api, campaign.id, 'NOPE0000')).status).toBe(404);
    expect((await api.call('POST', '/api/v1/action/referral_link', { body: { campaign_id: campaign.id, action_type: 'VISIT' } })).status).toBe(400);
    expect((await api.call('POST', '/api/v1/action/referred_user', { body: { campaign_id: campaign.id, referred_user_id: unique('stranger'), action_type: 'X' } })).status).toBe(404);
    await api.admin.settleWebhooks();
    expect(hook.received).toEqual([]);
    expect(await api.admin.webhookDeliveries()).toEqual([]);
  });

  mockTest('another tenant\'s campaign receives nothing from the default tenant\'s actions', async () => {
    const api = client();
    const other = await api.admin.createTenant();
    const otherAuth = { 'api-key': other.credentials.apiKey };
    const mine = await receiver();
    const theirs = await receiver();
    const { campaign, link } = await campaignWithHook(api, mine.url);
    const their = await campaignWithHook(api, theirs.url, otherAuth);
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    // The default tenant cannot even address the other tenant's campaign.
    expect((await visit(api, their.campaign.id, their.link.referral_code)).status).toBe(404);
    await mine.waitFor(1);
    await api.admin.settleWebhooks();
    expect(theirs.received).toEqual([]);
    expect(await api.admin.webhookDeliveries({ tenant: other.tenant_id })).toEqual([]);
  });
});

describe('ReferralAPI webhooks: delivery rules (sandbox policy: 90 s timeout, 3 retries at 1, 5 and 25 minutes)', () => {
  mockTest('a 500 twice, then 200: retried 1 and 5 minutes later on the sandbox clock, same bytes each time', async () => {
    const api = client();
    const hook = await receiver((_request, index) => (index < 2 ? 500 : 200));
    const { campaign, link } = await campaignWithHook(api, hook.url);
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    let [logged] = await api.admin.webhookDeliveries();
    expect(logged.status).toBe('pending');
    expect(Date.parse(logged.next_attempt_at) - Date.parse(logged.attempts[0].started_at)).toBeGreaterThanOrEqual(60_000 - 1000);
    expect(Date.parse(logged.next_attempt_at) - Date.parse(logged.attempts[0].started_at)).toBeLessThanOrEqual(60_000 + 1000);

    await api.admin.advanceClock(30);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1); // not due yet

    await api.admin.advanceClock(31);
    await hook.waitFor(2);
    await api.admin.settleWebhooks();
    [logged] = await api.admin.webhookDeliveries();
    expect(logged.status).toBe('pending');
    expect(Date.parse(logged.next_attempt_at) - Date.parse(logged.attempts[1].started_at)).toBeGreaterThanOrEqual(300_000 - 1000);

    await api.admin.advanceClock(301);
    await hook.waitFor(3);
    await api.admin.settleWebhooks();
    [logged] = await api.admin.webhookDeliveries();
    expect(logged.status).toBe('delivered');
    expect(logged.attempts.map((a: { status: number; outcome: string }) => [a.status, a.outcome])).toEqual([
      [500, 'retry'],
      [500, 'retry'],
      [200, 'delivered'],
    ]);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
  });

  mockTest('no answer (connection reset) and 429 are retried; after the third retry (25 minutes) the delivery fails', async () => {
    const api = client();
    const hook = await receiver((_request, index) => (index === 0 ? 'reset' : index === 1 ? 429 : 503));
    const { campaign, link } = await campaignWithHook(api, hook.url);
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    for (const [seconds, count] of [[0, 1], [61, 2], [301, 3], [1501, 4]] as const) {
      if (seconds > 0) await api.admin.advanceClock(seconds);
      await hook.waitFor(count);
      await api.admin.settleWebhooks();
    }
    const [logged] = await api.admin.webhookDeliveries();
    expect(logged).toMatchObject({ status: 'failed', note: 'gave up after 4 attempts', next_attempt_at: null });
    expect(logged.attempts.map((a: { status: number | null }) => a.status)).toEqual([null, 429, 503, 503]);
    expect(logged.attempts[0]).toMatchObject({ error: 'reset', outcome: 'retry' });
    await api.admin.advanceClock(24 * 3600);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(4);
  });

  mockTest('any other status (4xx such as 410, a 3xx redirect) fails at once and leaves the campaign\'s webhook_url in place', async () => {
    const api = client();
    const gone = await receiver(() => 410);
    const redirect = await receiver(() => ({ status: 302, headers: { Location: 'http://example.invalid/' } }));
    const first = await campaignWithHook(api, gone.url);
    const second = await campaignWithHook(api, redirect.url);
    expect((await visit(api, first.campaign.id, first.link.referral_code)).status).toBe(200);
    expect((await visit(api, second.campaign.id, second.link.referral_code)).status).toBe(200);
    await gone.waitFor(1);
    await redirect.waitFor(1);
    await api.admin.settleWebhooks();
    const log = await api.admin.webhookDeliveries();
    const byCampaign = Object.fromEntries(log.map((d: { endpoint_id: string }) => [d.endpoint_id, d]));
    expect(byCampaign[first.campaign.id]).toMatchObject({ status: 'failed', attempts: [expect.objectContaining({ status: 410, outcome: 'failed' })] });
    expect(byCampaign[second.campaign.id]).toMatchObject({ status: 'failed', attempts: [expect.objectContaining({ status: 302, outcome: 'failed' })] });
    // Not disabled: the next action is sent again.
    const stored = await api.call('GET', '/api/v1/campaign', { query: { id: first.campaign.id } });
    expect(stored.body.webhook_url).toBe(gone.url);
    expect((await visit(api, first.campaign.id, first.link.referral_code)).status).toBe(200);
    await gone.waitFor(2);
  });

  mockTest('a receiver that does not answer in time is retried (timeout capped for the test)', async () => {
    const api = client({ server: { webhooks: { maxTimeoutMs: 200 } } });
    const hook = await receiver(() => 'hang');
    const { campaign, link } = await campaignWithHook(api, hook.url);
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    const [logged] = await api.admin.webhookDeliveries();
    expect(logged).toMatchObject({ status: 'pending', attempts: [expect.objectContaining({ error: 'timeout', status: null, outcome: 'retry' })] });
  });

  mockTest('a webhook_url that cannot be delivered to is accepted as before, and each action is logged as a failed delivery', async () => {
    const api = client();
    const { campaign, link } = await campaignWithHook(api, 'ftp://127.0.0.1/inbox');
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    // A seeded campaign may hold a string that is not a URL at all.
    await api.admin.seed({ referralapi: { tenants: [{ id: 'default', data: { campaigns: [{ id: campaign.id, webhook_url: 'not a url' }] } }] } });
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    await api.admin.settleWebhooks();
    const log = await api.admin.webhookDeliveries();
    expect(log.map((d: { url: string; status: string; attempts: Array<{ error: string }> }) => [d.url, d.status, d.attempts.map((a) => a.error)])).toEqual([
      ['not a url', 'failed', ['invalid_url']],
      ['ftp://127.0.0.1/inbox', 'failed', ['invalid_url']],
    ]);
  });

  mockTest('a failed delivery can be sent again from the delivery log', async () => {
    const api = client();
    let accept = false;
    const hook = await receiver(() => (accept ? 200 : 400));
    const { campaign, link } = await campaignWithHook(api, hook.url);
    expect((await visit(api, campaign.id, link.referral_code)).status).toBe(200);
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    const [failed] = await api.admin.webhookDeliveries();
    expect(failed.status).toBe('failed');
    accept = true;
    await api.admin.redeliver(failed.id);
    await hook.waitFor(2);
    await api.admin.settleWebhooks();
    expect((await api.admin.webhookDeliveries())[0]).toMatchObject({ id: failed.id, status: 'delivered' });
    expect(hook.received[1].body).toBe(hook.received[0].body);
  });
});
