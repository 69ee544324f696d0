import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { betaId, prefineryClient, uniqueEmail, withTesters } from './target.js';

describe('Prefinery check-ins: 202 and the tester becomes active', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);

  liveTest('check-in by email (JSON and form) answers 202 with no body and activates the tester', async () => {
    const { body } = await testers.createTester({ email: uniqueEmail('checkin'), status: 'invited' });
    const res = await api.call('POST', `/api/v2/betas/${betaId()}/checkins.json`, { form: { checkin: { email: body.email } } });
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    const shown = await api.call('GET', `/api/v2/betas/${betaId()}/testers/${body.id}`);
    expect(shown.body.status).toBe('active');
    expect(shown.body.joined_at).not.toBeNull();
  });

  liveTest('check-in by tester id answers 202 and activates the tester', async () => {
    const { body } = await testers.createTester({ email: uniqueEmail('checkin-id'), status: 'applied' });
    expect((await api.call('POST', `/api/v2/betas/${betaId()}/testers/${body.id}/checkin`)).status).toBe(202);
    expect((await api.call('GET', `/api/v2/betas/${betaId()}/testers/${body.id}`)).body.status).toBe('active');
  });

  mockTest('joined_at keeps the first check-in', async () => {
    await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: { email: 'penny@bigbangtheory.com' } } });
    const first = (await api.call('GET', '/api/v2/betas/1/testers/2')).body.joined_at;
    await api.admin.advanceClock(86400);
    await api.call('POST', '/api/v2/betas/1/testers/2/checkin');
    expect((await api.call('GET', '/api/v2/betas/1/testers/2')).body.joined_at).toBe(first);
  });

  mockTest('an unknown email is 404, a missing email 422', async () => {
    const unknown = await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: { email: 'nobody@example.com' } } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].message).toBe('Tester record not found for email.');
    const missing = await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: {} } });
    expect(missing.status).toBe(422);
  });
});
