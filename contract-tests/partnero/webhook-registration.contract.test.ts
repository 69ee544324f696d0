import { afterEach, beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { partneroClient } from './target.js';

// Registering webhooks through /v1/webhooks. Nothing here needs a receiver, so these run live too; every webhook a
// test creates is deleted after it (live programs keep no leftovers).
describe('Partnero webhooks: create, fetch, list, update, delete', () => {
  let api: VendorClient;
  const created: string[] = [];
  beforeEach(() => {
    api = partneroClient();
  });
  afterEach(async () => {
    for (const key of created.splice(0)) await api.call('DELETE', `/v1/webhooks/${encodeURIComponent(key)}`);
  });

  const create = async (body: Record<string, unknown>) => {
    const res = await api.call('POST', '/v1/webhooks', { body });
    if (res.status === 201) created.push(res.body.data.key);
    return res;
  };
  const valid = { name: 'Sandbox contract', url: 'https://example.com/partnero-hooks', events: ['subscriber.created', 'subscriber.deleted'] };

  liveTest('create answers 201 with a generated key and signing secret, active by default', async () => {
    const res = await create(valid);
    expect(res.status).toBe(201);
    expect(res.body.status).toBe(1);
    expect(res.body.data).toMatchObject({ ...valid, is_active: true });
    expect(res.body.data.key).toMatch(/^\S+$/);
    expect(res.body.data.signature.length).toBeGreaterThanOrEqual(8);
  });

  liveTest('fetch and list show the webhook with its signature', async () => {
    const { data } = (await create(valid)).body;
    const one = await api.call('GET', `/v1/webhooks/${data.key}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ data, status: 1 });
    const list = await api.call('GET', '/v1/webhooks', { query: { limit: 100 } });
    expect(list.status).toBe(200);
    expect(list.body.data).toContainEqual(data);
  });

  liveTest('update changes only the fields given; key and signature stay', async () => {
    const { data } = (await create(valid)).body;
    const res = await api.call('PUT', `/v1/webhooks/${data.key}`, { body: { name: 'Renamed', events: ['subscriber.updated'], is_active: false } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { ...data, name: 'Renamed', events: ['subscriber.updated'], is_active: false }, status: 1 });
    expect((await api.call('GET', `/v1/webhooks/${data.key}`)).body.data.is_active).toBe(false);
  });

  mockTest('null fields change nothing, as the PHP SDK\'s Webhook model sends them', async () => {
    const { data } = (await create(valid)).body;
    const res = await api.call('PUT', `/v1/webhooks/${data.key}`, { body: { key: null, name: null, url: null, events: null, is_active: false } });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ ...data, is_active: false });
  });

  liveTest('delete answers {"status": 1}; the key is then 404', async () => {
    const { data } = (await create(valid)).body;
    const res = await api.call('DELETE', `/v1/webhooks/${data.key}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 1 });
    created.splice(created.indexOf(data.key), 1);
    const gone = await api.call('GET', `/v1/webhooks/${data.key}`);
    expect(gone.status).toBe(404);
    expect(gone.body.status).toBe(0);
  });

  liveTest('an unknown key is 404 for fetch, update and delete', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await api.call(method, '/v1/webhooks/no-such-webhook-key', method === 'PUT' ? { body: { name: 'x' } } : {});
      expect(res.status, method).toBe(404);
      expect(res.body.status, method).toBe(0);
    }
  });

  mockTest('the 404 says which record is missing', async () => {
    expect((await api.call('GET', '/v1/webhooks/nope')).body).toEqual({ message: 'Webhook not found.', status: 0 });
  });

  liveTest('a chosen key is kept; the same key again is 422 on key', async () => {
    const key = `sandbox-${Date.now().toString(36)}`;
    const first = await create({ ...valid, key });
    expect(first.status).toBe(201);
    expect(first.body.data.key).toBe(key);
    const again = await create({ ...valid, key });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual({ key: ['The key has already been taken.'] });
  });

  liveTest('name, url and events are required', async () => {
    const res = await create({});
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ name: ['The name field is required.'], url: ['The url field is required.'], events: ['The events field is required.'] });
    expect(res.body.message).toBe('The name field is required. (and 2 more errors)');
    expect((await create({ ...valid, events: [] })).body.errors).toEqual({ events: ['The events field is required.'] });
  });

  liveTest('an unknown event and a URL that is not one are 422 per field', async () => {
    const res = await create({ ...valid, url: 'not a url', events: ['subscriber.created', 'subscriber.exploded'] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ url: ['The url field must be a valid URL.'], 'events.1': ['The selected events.1 is invalid.'] });
  });

  mockTest('a URL the sandbox cannot call (not http or https) is 422, on create and on update', async () => {
    expect((await create({ ...valid, url: 'ftp://example.com/in' })).body.errors).toEqual({ url: ['The url field must be a valid URL.'] });
    const { data } = (await create(valid)).body;
    const res = await api.call('PUT', `/v1/webhooks/${data.key}`, { body: { url: 'mailto:ops@example.com' } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ url: ['The url field must be a valid URL.'] });
  });

  mockTest('the list pages like the subscriber list: oldest first, limit 10-100', async () => {
    for (let i = 0; i < 11; i++) await create({ ...valid, name: `hook ${i}` });
    const first = await api.call('GET', '/v1/webhooks');
    expect(first.body.data.map((w: { name: string }) => w.name)).toEqual(Array.from({ length: 10 }, (_, i) => `hook ${i}`));
    expect(first.body.links.next).toMatch(/\/v1\/webhooks\?page=2$/);
    const second = await api.call('GET', '/v1/webhooks', { query: { page: 2 } });
    expect(second.body.data.map((w: { name: string }) => w.name)).toEqual(['hook 10']);
    expect(second.body.links.next).toBeNull();
    const tooSmall = await api.call('GET', '/v1/webhooks', { query: { limit: 5 } });
    expect(tooSmall.status).toBe(422);
    expect(tooSmall.body.errors).toEqual({ limit: ['The limit field must be at least 10.'] });
  });
});
