import { afterEach, beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { partneroClient, uniqueEmail } from './target.js';

describe('Partnero subscribers: create, fetch, search, update, delete', () => {
  let api: VendorClient;
  const created: string[] = [];
  beforeEach(() => {
    api = partneroClient();
  });
  afterEach(async () => {
    for (const email of created.splice(0)) await api.call('DELETE', `/v1/subscribers/${encodeURIComponent(email)}`);
  });

  const create = async (body: Record<string, unknown>) => {
    const res = await api.call('POST', '/v1/subscribers', { body });
    if (res.status === 201) created.push(res.body.data.email);
    return res;
  };

  liveTest('create answers 201 with the subscriber, status capitalised and id defaulting to the email', async () => {
    const email = uniqueEmail('create');
    const res = await create({ email, name: 'Ross Geller', tos: true, status: 'suspended', approved: false });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe(1);
    expect(res.body.data).toMatchObject({ id: email, email, name: 'Ross Geller', tos: true, marketing_consent: null, status: 'Suspended', approved: false, is_referred: false, referrals_count: 0, reward: [], deleted_at: null });
  });

  liveTest('create keeps an explicit ESP id, and fetch finds it by id and by email', async () => {
    const email = uniqueEmail('esp');
    const id = `esp_${Date.now()}`;
    await create({ email, id });
    const byId = await api.call('GET', `/v1/subscribers/${id}`);
    const byEmail = await api.call('GET', `/v1/subscribers/${encodeURIComponent(email)}`);
    expect(byId.status).toBe(200);
    expect(byId.body.data.email).toBe(email);
    expect(byEmail.body.data.id).toBe(id);
    expect(byEmail.body.data.share_link).toBe(byId.body.data.share_link);
  });

  liveTest('a duplicate email is 422 with a Laravel error on email', async () => {
    const email = uniqueEmail('dup');
    await create({ email });
    const res = await create({ email: email.toUpperCase() });
    expect(res.status).toBe(422);
    expect(res.body.errors.email).toEqual(['The email has already been taken.']);
    expect(res.body.message).toBe('The email has already been taken.');
  });

  liveTest('an unknown status and a missing email are 422 per field', async () => {
    const res = await api.call('POST', '/v1/subscribers', { body: { status: 'paused' } });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual(['email', 'status']);
    expect(res.body.errors.status).toEqual(['The selected status is invalid.']);
    expect(res.body.errors.email).toEqual(['The email field is required.']);
  });

  liveTest('search finds by id or email and answers an empty list for no match', async () => {
    const email = uniqueEmail('search');
    await create({ email });
    const hit = await api.call('GET', '/v1/subscribers:search', { query: { email } });
    const miss = await api.call('GET', '/v1/subscribers:search', { query: { email: uniqueEmail('nobody') } });
    expect(hit.body.data.map((s: { email: string }) => s.email)).toEqual([email]);
    expect(miss.body.data).toEqual([]);
  });

  liveTest('update through the path changes email and id; the old id then 404s', async () => {
    const email = uniqueEmail('upd');
    const res = await create({ email, id: `old_${Date.now()}` });
    const newEmail = uniqueEmail('upd-new');
    const updated = await api.call('PUT', `/v1/subscribers/${res.body.data.id}`, { body: { update: { email: newEmail, id: `new_${Date.now()}`, status: 'rejected', name: 'Jane Doe' } } });
    created.splice(created.indexOf(email), 1, newEmail);
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ email: newEmail, status: 'Rejected', name: 'Jane Doe' });
    expect((await api.call('GET', `/v1/subscribers/${res.body.data.id}`)).status).toBe(404);
    expect(updated.body.data.share_link).toBe(res.body.data.share_link);
  });

  liveTest('update with the id in the body, as the PHP SDK sends it', async () => {
    const email = uniqueEmail('sdk-upd');
    const res = await create({ email });
    const updated = await api.call('PUT', '/v1/subscribers', { body: { id: res.body.data.id, update: { approved: false } } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.approved).toBe(false);
  });

  liveTest("updating to another subscriber's email is 422 on update.email", async () => {
    const a = uniqueEmail('a');
    const b = uniqueEmail('b');
    await create({ email: a });
    await create({ email: b });
    const res = await api.call('PUT', `/v1/subscribers/${encodeURIComponent(b)}`, { body: { update: { email: a } } });
    expect(res.status).toBe(422);
    expect(res.body.errors['update.email']).toEqual(['The update.email has already been taken.']);
  });

  liveTest('delete by path and by body answer {"status": 1}; the subscriber is then 404', async () => {
    const one = (await create({ email: uniqueEmail('del1') })).body.data;
    const two = (await create({ email: uniqueEmail('del2') })).body.data;
    created.length = 0;
    const byPath = await api.call('DELETE', `/v1/subscribers/${encodeURIComponent(one.id)}`);
    const byBody = await api.call('DELETE', '/v1/subscribers', { body: { email: two.email } });
    expect(byPath.body).toEqual({ status: 1 });
    expect(byBody.body).toEqual({ status: 1 });
    const gone = await api.call('GET', `/v1/subscribers/${encodeURIComponent(one.id)}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ message: 'Subscriber not found.', status: 0 });
  });

  liveTest('an unknown subscriber is 404 for fetch, update and delete', async () => {
    const missing = uniqueEmail('missing');
    expect((await api.call('GET', `/v1/subscribers/${missing}`)).status).toBe(404);
    expect((await api.call('PUT', `/v1/subscribers/${missing}`, { body: { update: { name: 'x' } } })).status).toBe(404);
    expect((await api.call('DELETE', '/v1/subscribers', { body: { email: missing } })).status).toBe(404);
  });

  mockTest('the default scenario is there at once', async () => {
    const res = await api.call('GET', '/v1/subscribers/partnero@partner.com');
    expect(res.body.data).toMatchObject({ id: '113965815471015338', name: 'Partnero Partner', referrals_count: 2, is_referred: false });
  });
});
