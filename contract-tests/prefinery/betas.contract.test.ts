import { beforeEach, describe, expect } from 'vitest';
import { mockTest, type VendorClient } from '../support/client.js';
import { prefineryClient } from './target.js';

// Deleting a beta is never tried against the live vendor: these tests delete betas they seed themselves.
describe('Prefinery beta delete: 200, everything of the beta goes; 2204', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const seedSecondBeta = (beta: Record<string, unknown> = {}) =>
    api.admin.seed({
      prefinery: {
        tenants: [
          {
            id: 'default',
            data: {
              betas: [{ id: 2, name: 'Second', ...beta }],
              testers: [{ id: 40, beta_id: 2, email: 'leonard@bigbangtheory.com', status: 'active' }],
              rewards: [{ id: 5, beta_id: 2, user_id: 40 }],
              points: [{ id: 5, beta_id: 2, user_id: 40, reward_id: 5 }],
            },
          },
        ],
      },
    });

  mockTest('answers 200 with no body; the beta and its testers, rewards and points are gone; beta 1 is untouched', async () => {
    await seedSecondBeta();
    const before = (await api.call('GET', '/api/v2/betas/1')).body;
    const res = await api.call('DELETE', '/api/v2/betas/2');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await api.call('GET', '/api/v2/betas/2')).status).toBe(404);
    expect((await api.call('GET', '/api/v2/betas/2/testers/40')).status).toBe(404);
    expect((await api.call('GET', '/api/v2/betas')).body.map((b: { id: number }) => b.id)).toEqual([1]);
    expect((await api.call('GET', '/api/v2/betas/1')).body).toEqual(before);
    const state = (await api.admin.state()).data.prefinery.default;
    for (const key of ['testers', 'rewards', 'points']) expect(state[key].filter((r: { beta_id: number }) => r.beta_id === 2)).toEqual([]);
  });

  mockTest('the .json form deletes too; a deleted beta or an unknown one is 404', async () => {
    await seedSecondBeta();
    expect((await api.call('DELETE', '/api/v2/betas/2.json')).status).toBe(200);
    const again = await api.call('DELETE', '/api/v2/betas/2');
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ errors: [{ code: 404, message: 'Beta not found.' }] });
  });

  mockTest('2204 when the beta cannot be deleted (seeded deletable: false); nothing changes', async () => {
    await seedSecondBeta({ deletable: false });
    const res = await api.call('DELETE', '/api/v2/betas/2');
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: [{ code: 2204, message: 'Unable to delete beta.' }] });
    expect((await api.call('GET', '/api/v2/betas/2/testers/40')).status).toBe(200);
  });
});
