import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../engine/ids.js';
import { Collection, updateRecord } from '../../engine/store/collection.js';
import { readStoredDatabase } from '../../engine/store/store.js';
import { createServer } from '../../server.js';
import { replaceFields, voucherifyCollections } from './collections.js';
import { voucherify } from './index.js';
import { buildCustomer } from './rules/customers.js';
import { customerBySourceId, findCustomer, findVoucherByCode, lookUpCampaign } from './rules/lookup.js';
import { removeVouchers } from './rules/management.js';
import { inFieldOrder, pageInStoredOrder, pageOf, paginateById, sortByField } from './rules/paginate.js';
import { planPublication } from './rules/publications.js';
import { redeemedQuantity } from './rules/redemptions.js';
import { emptyState, type Campaign, type Redemption, type Voucher, type VoucherifyState } from './store.js';

const AT = '2026-01-01T00:00:00.000Z';

/** A state whose arrays are hydrated collections, as the store holds them. */
function hydrated(state: VoucherifyState): VoucherifyState {
  const specs = voucherifyCollections as Record<string, never>;
  const out = { ...state } as Record<string, unknown>;
  for (const [field, spec] of Object.entries(specs)) out[field] = Collection.over(spec, (state as unknown as Record<string, object[]>)[field]);
  return out as unknown as VoucherifyState;
}

function campaign(id: string, name = id): Campaign {
  return {
    id, name, description: null, campaign_type: 'REFERRAL_PROGRAM', type: 'AUTO_UPDATE', join_once: false, auto_join: false, start_date: null, expiration_date: null, category: null,
    referral_program: { conversion_event_type: 'redemption' },
    voucher: { type: 'DISCOUNT_VOUCHER', discount: { type: 'PERCENT', percent_off: 10 }, is_referral_code: true, code_config: {}, redemption: { quantity: null } },
    metadata: {}, created_at: AT, updated_at: null,
  };
}
const voucher = (id: string, code: string, campaignId: string, holder: string | null = null): Voucher => ({ id, code, campaign_id: campaignId, holder_id: holder, metadata: {}, publish_count: holder ? 1 : 0, created_at: AT, updated_at: null });

describe('index-based lookups on hydrated collections', () => {
  it('find a customer by source_id after it changes, and not after the customer is deleted', () => {
    const state = hydrated({ ...emptyState(), customers: [buildCustomer('cust_1', { source_id: 'old' }, AT), buildCustomer('cust_2', { source_id: 'other' }, AT)] });
    const stored = findCustomer(state, 'old')!;
    updateRecord(state.customers, stored, (c) => replaceFields(c, { ...c, source_id: 'new', updated_at: AT }));
    expect(customerBySourceId(state, 'old')).toBeUndefined();
    expect(findCustomer(state, 'new')).toBe(stored);
    expect(findCustomer(state, 'cust_1')).toBe(stored);
    (state.customers as Collection<never>).remove(stored as never);
    expect(findCustomer(state, 'new')).toBeUndefined();
    expect(findCustomer(state, 'cust_2')?.source_id).toBe('other');
  });

  it('name a code by code or id, the first in the collection winning when a code is another code\'s id', () => {
    const state = hydrated({ ...emptyState(), vouchers: [voucher('v_1', 'v_2', 'camp_1'), voucher('v_2', 'CODE2', 'camp_1')] });
    expect(findVoucherByCode(state, 'v_2').id).toBe('v_1');
    expect(findVoucherByCode(state, 'CODE2').id).toBe('v_2');
    const other = hydrated({ ...emptyState(), campaigns: [campaign('camp_a', 'camp_b'), campaign('camp_b', 'Plain')] });
    expect(lookUpCampaign(other, 'camp_b', true)?.id).toBe('camp_a');
    expect(lookUpCampaign(other, 'camp_b')?.id).toBe('camp_b');
  });

  it('pick a campaign\'s oldest unpublished code, which leaves the index once published', () => {
    const state = hydrated({ ...emptyState(), campaigns: [campaign('camp_1', 'Friends')], vouchers: [voucher('v_1', 'A', 'camp_1', 'cust_x'), voucher('v_2', 'B', 'camp_1'), voucher('v_3', 'C', 'camp_1')] });
    const plan = () => planPublication(state, { campaign: 'Friends', customer: { source_id: 's' } } as never, undefined, false);
    expect(plan()).toMatchObject({ kind: 'publish', voucher: { id: 'v_2' } });
    updateRecord(state.vouchers, state.vouchers[1], (v) => {
      v.holder_id = 'cust_y';
    });
    expect(plan()).toMatchObject({ kind: 'publish', voucher: { id: 'v_3' } });
  });
});

describe('redeemedQuantity', () => {
  it('counts the same from the code\'s redemptions and from the rollbacks', () => {
    const base = { date: AT, customer_id: 'c', tracking_id: null, metadata: {}, order: null, channel_id: 'app', campaign_id: 'camp_1' };
    const redemptions: Redemption[] = [];
    const rollbacks: VoucherifyState['rollbacks'] = [];
    for (let i = 0; i < 30; i++) redemptions.push({ ...base, id: `r_${i}`, kind: 'voucher', parent_id: null, voucher_id: i % 3 === 0 ? 'v_a' : 'v_b' });
    redemptions.push({ ...base, id: 'r_p', kind: 'parent', parent_id: null, voucher_id: null, campaign_id: null });
    redemptions.push({ ...base, id: 'r_c1', kind: 'voucher', parent_id: 'r_p', voucher_id: 'v_a' }, { ...base, id: 'r_c2', kind: 'voucher', parent_id: 'r_p', voucher_id: 'v_b' });
    for (const id of ['r_0', 'r_3', 'r_4', 'r_p']) rollbacks.push({ id: `rr_${id}`, redemption_id: id, date: AT, reason: null, customer_id: null, tracking_id: null, metadata: {}, channel_id: 'app' });
    const naive = (state: VoucherifyState, v: string) => {
      const rolled = (id: string) => state.rollbacks.some((r) => r.redemption_id === id);
      return state.redemptions.filter((r) => r.kind === 'voucher' && r.voucher_id === v && !rolled(r.id) && !(r.parent_id !== null && rolled(r.parent_id))).length;
    };
    for (const few of [rollbacks, rollbacks.slice(0, 1), []]) {
      const plain = { ...emptyState(), redemptions: structuredClone(redemptions), rollbacks: structuredClone(few) };
      const state = hydrated(structuredClone(plain));
      for (const v of ['v_a', 'v_b', 'v_none']) {
        expect(redeemedQuantity(state, v)).toBe(naive(plain, v));
        expect(redeemedQuantity(plain, v)).toBe(naive(plain, v));
      }
    }
  });
});

describe('removeVouchers', () => {
  it('removes the same records from collections as from plain arrays', () => {
    const base = { date: AT, customer_id: 'c', tracking_id: null, metadata: {}, order: null, channel_id: 'app' };
    const plain: VoucherifyState = {
      ...emptyState(),
      campaigns: [campaign('camp_a')],
      vouchers: [voucher('v_a', 'A', 'camp_a', 'c'), voucher('v_b', 'B', 'camp_a', 'c')],
      holders: ['v_a', 'v_b', 'v_a'].map((v, i) => ({ id: `rh_${i}`, created_at: AT, redeemable_id: v, customer_id: `c${i}`, holder_role: 'REFEREE' as const, campaign_id: 'camp_a', metadata: {} })),
      redemptions: [
        { ...base, id: 'r_p1', kind: 'parent', parent_id: null, voucher_id: null, campaign_id: null },
        { ...base, id: 'r_c1a', kind: 'voucher', parent_id: 'r_p1', voucher_id: 'v_a', campaign_id: 'camp_a' },
        { ...base, id: 'r_c1b', kind: 'voucher', parent_id: 'r_p1', voucher_id: 'v_b', campaign_id: 'camp_a' },
        { ...base, id: 'r_p2', kind: 'parent', parent_id: null, voucher_id: null, campaign_id: null },
        { ...base, id: 'r_c2a', kind: 'voucher', parent_id: 'r_p2', voucher_id: 'v_a', campaign_id: 'camp_a' },
        { ...base, id: 'r_s', kind: 'voucher', parent_id: null, voucher_id: 'v_a', campaign_id: 'camp_a' },
      ],
      rollbacks: [{ id: 'rr_1', redemption_id: 'r_s', date: AT, reason: null, customer_id: null, tracking_id: null, metadata: {}, channel_id: 'app' }],
    };
    const state = hydrated(structuredClone(plain));
    removeVouchers(plain, new Set(['v_a']));
    removeVouchers(state, new Set(['v_a']));
    expect(JSON.parse(JSON.stringify(state))).toEqual(JSON.parse(JSON.stringify(plain)));
    expect(plain.redemptions.map((r) => r.id)).toEqual(['r_p1', 'r_c1b']);
    expect(plain.holders.map((h) => h.id)).toEqual(['rh_1']);
    expect(plain.rollbacks).toEqual([]);
  });
});

describe('paging without sorting', () => {
  const reference = <T extends { id: string }>(records: T[], order: string, cursor: string | undefined, limit: number) => {
    const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (order.startsWith('-')) sorted.reverse();
    const after = cursor === undefined ? sorted : sorted.filter((r) => (order.startsWith('-') ? r.id < cursor : r.id > cursor));
    return { data: after.slice(0, limit), has_more: after.length > limit };
  };

  it('paginateById answers as sorting did, sorted or not, with or without a cursor', () => {
    const random = createIdSource(11);
    for (let round = 0; round < 40; round++) {
      const records = Array.from({ length: round % 13 }, (_, i) => ({ id: `rh_${random.hex(2)}`, n: i }));
      if (round % 2 === 0) records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const order of ['id', '-id']) {
        for (const cursor of [undefined, 'rh_00', 'rh_80', records[3]?.id, 'rh_zz']) {
          for (const limit of [1, 2, 10]) {
            const page = paginateById(records, { order, starting_after_id: cursor, limit });
            expect({ data: page.data, has_more: page.has_more }).toEqual(reference(records, order, cursor, limit));
            expect(page.total).toBe(records.length);
          }
        }
      }
    }
  });

  it('pageInStoredOrder answers as sortByField + pageOf, and notices records added or removed since', () => {
    type Row = { id: string; created_at: string };
    const spec = { key: (r: Row) => r.id };
    const field = (r: Row, name: string) => (r as Record<string, unknown>)[name];
    const rows = Collection.over(spec, [] as Row[]);
    const check = () => {
      for (const order of [undefined, 'created_at', '-created_at']) {
        for (const [page, limit] of [[1, 10], [2, 3], [undefined, undefined], [5, 2]] as const) {
          const fast = pageInStoredOrder(rows, order, '-created_at', 'created_at', field, page, limit);
          const slow = pageOf(sortByField([...rows], order, '-created_at', field), page, limit);
          if (fast !== undefined) expect(fast).toEqual(slow);
          else expect(inFieldOrder(rows, 'created_at', field)).toBe(false);
        }
      }
    };
    const at = (s: number) => new Date(Date.parse(AT) + s * 1000).toISOString();
    for (let i = 0; i < 8; i++) rows.push({ id: `r${i}`, created_at: at(Math.floor(i / 2)) });
    check();
    expect(inFieldOrder(rows, 'created_at', field)).toBe(true);
    rows.push({ id: 'late', created_at: at(-5) });
    expect(inFieldOrder(rows, 'created_at', field)).toBe(false);
    check();
    rows.remove(rows.find((r) => r.id === 'late')!);
    expect(inFieldOrder(rows, 'created_at', field)).toBe(true);
    rows.remove(rows[2]);
    rows.push({ id: 'r9', created_at: at(9) });
    expect(inFieldOrder(rows, 'created_at', field)).toBe(true);
    check();
    expect(pageInStoredOrder(rows, 'name', '-created_at', 'created_at', field, 1, 10)).toBeUndefined();
    expect(pageInStoredOrder([...rows], undefined, '-created_at', 'created_at', field, 1, 10)).toBeUndefined();
  });
});

describe('seeding vouchers and customers', () => {
  it('upserts by id, else by code or source_id, following codes and source_ids that earlier items changed', () => {
    const state = emptyState();
    voucherify.seed!(
      state,
      {
        campaigns: [{ id: 'camp_1', name: 'One' }],
        vouchers: [
          { id: 'v_1', code: 'A', campaign_id: 'camp_1' },
          { code: 'B', campaign_id: 'camp_1' },
          { code: 'A', metadata: { merged: 1 } },
          { id: 'v_1', code: 'C' },
          { code: 'A', campaign_id: 'camp_1' },
          { code: 'C', metadata: { again: true } },
          { campaign_id: 'camp_1' },
        ],
        customers: [{ source_id: 's1' }, { id: 'cust_x', source_id: 's2' }, { source_id: 's2', name: 'Merged' }, { source_id: null, name: 'New' }, { id: 'cust_x', source_id: 's3' }, { source_id: 's2' }],
      },
      createIdSource(5),
    );
    expect(state.vouchers.map((v) => [v.code, v.metadata])).toEqual([
      ['C', { merged: 1, again: true }],
      ['B', {}],
      ['A', {}],
      [expect.stringMatching(/^[0-9A-Za-z]{8}$/), {}],
    ]);
    expect(state.vouchers[0].id).toBe('v_1');
    expect(state.customers.map((c) => [c.source_id, c.name])).toEqual([['s1', null], ['s3', 'Merged'], [null, 'New'], ['s2', null]]);
    expect(state.customers[1].id).toBe('cust_x');
  });

  it('seeds 50,000 codes without codes and customers in linear time', () => {
    const vouchers = Array.from({ length: 50_000 }, (_, i) => ({ id: `v_${i}`, campaign_id: 'camp_1' }));
    const customers = Array.from({ length: 50_000 }, (_, i) => ({ source_id: `s_${i}` }));
    const state = emptyState();
    const started = performance.now();
    voucherify.seed!(state, { campaigns: [{ id: 'camp_1', name: 'One' }], vouchers, customers }, createIdSource(5));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(new Set(state.vouchers.map((v) => v.code)).size).toBe(50_000);
    expect(state.customers).toHaveLength(50_000);
  });
});

describe('through the store (verification mode on: a mutation that misses the log answers 503)', () => {
  const auth = { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' };

  it('holds every array as a collection, and a restart replays the log to what memory held', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-voucherify-')), 'db.json');
    const app = createServer({ only: ['voucherify'], db: file });
    await app.locals.sandbox.ready;
    const api = request(app);
    const call = async (method: 'get' | 'post' | 'put' | 'delete', path: string, body?: object, expected = 200) => {
      const res = await api[method](path).set(auth).send(body);
      expect(res.status, `${method} ${path}: ${res.text}`).toBe(expected);
      return res.body;
    };
    const campaignBody = await call('post', '/v1/campaigns', { name: 'Store', campaign_type: 'REFERRAL_PROGRAM', vouchers_count: 2, voucher: { type: 'DISCOUNT_VOUCHER', discount: { type: 'PERCENT', percent_off: 5 } } });
    const publication = await call('post', '/v1/publications', { campaign: { name: 'Store' }, customer: { source_id: 'ref-1', name: 'Ref' } });
    const code = publication.voucher.code as string;
    await call('post', `/v1/referrals/members/${code}/holders`, { holders: [{ source_id: 'friend-1' }, { source_id: 'friend-2' }] });
    await call('put', '/v1/customers/friend-1', { source_id: 'friend-1b', name: 'Renamed' });
    expect((await call('get', '/v1/customers/friend-1b')).name).toBe('Renamed');
    await call('get', '/v1/customers/friend-1', undefined, 404);
    const redemption = await call('post', `/v1/vouchers/${code}/redemption`, { customer: { source_id: 'friend-2' } });
    await call('post', `/v1/redemptions/${redemption.id}/rollback`, {});
    await call('post', `/v1/vouchers/${code}/disable`);
    await call('post', `/v1/vouchers/${code}/enable`);
    await call('put', `/v1/campaigns/${campaignBody.id}`, { description: 'Changed' });
    const holders = await call('get', `/v1/referrals/members/${code}/holders`);
    expect(holders.total).toBe(3);
    const referee = holders.data.find((h: { holder_role: string }) => h.holder_role === 'REFEREE');
    await call('delete', `/v1/referrals/members/${code}/holders/${referee.id}`, undefined, 204);
    await call('delete', '/v1/customers/friend-1b', undefined, 204);
    const token = await api.post('/v1/oauth/token').set(auth).type('form').send({ grant_type: 'client_credentials' });
    expect(token.status).toBe(200);
    expect((await api.post('/v1/oauth/token/revoke').set(auth).type('form').send({ access_token: token.body.access_token })).status).toBe(204);
    const spare = (await call('get', '/v1/vouchers?campaign=Store')).vouchers.find((v: { code: string }) => v.code !== code);
    await call('delete', `/v1/vouchers/${spare.code}`, undefined, 204);

    const { store } = app.locals.sandbox;
    const state = store.stateOf(voucherify, 'default');
    for (const field of Object.keys(voucherifyCollections)) expect((state as unknown as Record<string, unknown>)[field], field).toBeInstanceOf(Collection);
    await store.commit();
    const memory = JSON.parse(JSON.stringify(store.db.data.voucherify));
    // What a restart would load: the snapshot with the log replayed; then the same after a clean stop.
    expect(readStoredDatabase(file, [voucherify])!.data.voucherify).toEqual(memory);
    await store.close();
    expect(readStoredDatabase(file, [voucherify])!.data.voucherify).toEqual(memory);
    expect(memory.default.customers.map((c: { source_id: string }) => c.source_id)).toContain('ref-1');
  });
});
