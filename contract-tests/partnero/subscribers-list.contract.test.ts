import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { partneroClient } from './target.js';

describe('Partnero subscribers list: Laravel simple pagination', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = partneroClient();
  });

  liveTest('defaults to 10 per page with links and meta but no total', async () => {
    const res = await api.call('GET', '/v1/subscribers');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe(1);
    expect(res.body.meta).toMatchObject({ current_page: 1, per_page: 10 });
    expect(res.body.meta).not.toHaveProperty('total');
    expect(res.body.links.last).toBeNull();
    expect(res.body.data.length).toBeLessThanOrEqual(10);
  });

  liveTest.each([
    [9, 'The limit field must be at least 10.'],
    [251, 'The limit field must not be greater than 250.'],
  ])('limit %i is 422 on limit', async (limit, message) => {
    const res = await api.call('GET', '/v1/subscribers', { query: { limit } });
    expect(res.status).toBe(422);
    expect(res.body.errors.limit).toEqual([message]);
  });

  liveTest('an unknown refer_status is 422', async () => {
    const res = await api.call('GET', '/v1/subscribers', { query: { refer_status: 'maybe' } });
    expect(res.status).toBe(422);
    expect(res.body.errors.refer_status).toEqual(['The selected refer status is invalid.']);
  });

  mockTest('pages walk every subscriber once, with from/to and prev/next links', async () => {
    await api.admin.reset('empty');
    for (let i = 0; i < 23; i++) await api.call('POST', '/v1/subscribers', { body: { email: `p${i}@example.com` } });
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push((await api.call('GET', '/v1/subscribers', { query: { limit: 10, page } })).body);
    expect(pages.map((p) => p.data.length)).toEqual([10, 10, 3]);
    expect(pages.flatMap((p) => p.data.map((s: { email: string }) => s.email))).toEqual(Array.from({ length: 23 }, (_, i) => `p${i}@example.com`));
    expect(pages[1].meta).toMatchObject({ current_page: 2, from: 11, to: 20, per_page: 10 });
    expect(pages[0].links.prev).toBeNull();
    expect(pages[0].links.next).toMatch(/\/v1\/subscribers\?limit=10&page=2$/);
    expect(pages[2].links.next).toBeNull();
    const beyond = await api.call('GET', '/v1/subscribers', { query: { page: 9 } });
    expect(beyond.body.data).toEqual([]);
    expect(beyond.body.meta).toMatchObject({ from: null, to: null });
  });

  mockTest('refer_status filters referred and non-referred subscribers', async () => {
    const referred = await api.call('GET', '/v1/subscribers', { query: { refer_status: 'referred' } });
    const others = await api.call('GET', '/v1/subscribers', { query: { refer_status: 'non_referred' } });
    expect(referred.body.data).toHaveLength(2);
    expect(referred.body.data.every((s: { is_referred: boolean }) => s.is_referred)).toBe(true);
    expect(others.body.data).toHaveLength(3);
    expect(others.body.data.every((s: { is_referred: boolean }) => !s.is_referred)).toBe(true);
  });
});
