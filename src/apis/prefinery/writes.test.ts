import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../engine/ids.js';
import { Collection } from '../../engine/store/collection.js';
import { createStore, MEMORY } from '../../engine/store/store.js';
import type { HandlerContext } from '../../engine/types.js';
import { deleteBeta, getBeta } from './handlers/betas.js';
import { createTester, deleteTester, listTesters } from './handlers/testers.js';
import { prefinery } from './index.js';
import { presentBeta } from './rules/present.js';
import { buildTester } from './rules/new-tester.js';
import { makeBeta } from './rules/test-records.js';
import { emptyState, type PrefineryState } from './store.js';
import { BULK } from './writes.js';

// Bulk changes rewrite a collection once instead of record by record; through a store that verifies its log (a
// change the log misses fails the commit), and with the derived totals and views following the new collection.

const quiet = { warn: () => undefined, error: () => undefined };
const request = (params: Record<string, number>, body?: unknown, query: Record<string, unknown> = {}) =>
  ({ operationId: 'test', method: 'POST', path: '/', params, query, headers: {}, body }) as never;

async function storeWith(friends: number) {
  const state = emptyState();
  state.betas.push(makeBeta(), makeBeta({ id: 2 }));
  const ids = createIdSource(4);
  const add = (beta_id: number, referred_by_id: number | null) => {
    const id = state.testers.length + 1;
    state.testers.push(buildTester(id, { beta_id, email: `t${id}@x.com`, status: 'active', referred_by_id, referred_via: 'referral' }, '2026-03-01T00:00:00Z', ids));
  };
  add(1, null);
  for (let i = 0; i < friends; i++) add(1, 1);
  for (let i = 0; i < 3; i++) add(2, null);
  state.last_ids.tester = state.testers.length;
  state.last_ids.beta = 2;
  const store = createStore(MEMORY, quiet, { vendors: [prefinery], verify: true });
  store.putState('prefinery', 'default', state);
  await store.commit();
  const ctx: HandlerContext<PrefineryState> = {
    // As the pipeline does, each request asks the store for the state (which marks its small fields for the commit).
    get state() {
      return store.stateOf<PrefineryState>(prefinery, 'default');
    },
    principal: { tenantId: 'default' },
    clock: { now: () => new Date('2026-03-02T00:00:00Z') },
    ids,
    sendEmail: (message) => ({ ...message, id: 'm1', vendor: 'prefinery', tenant: 'default', created_at: '2026-03-02T00:00:00Z' }),
    emit: () => undefined,
  };
  return { store, ctx };
}

describe('bulk writes', () => {
  it(`deleting a referrer of more than ${BULK} friends rewrites the testers once; the log, totals and lists follow`, async () => {
    const { store, ctx } = await storeWith(BULK + 5);
    const before = (await getBeta(request({ beta_id: 1 }), ctx)).body;
    expect(before).toMatchObject({ testers_count: BULK + 6, share_signups_count: BULK + 5 });
    const original = ctx.state.testers;
    await deleteTester(request({ beta_id: 1, tester_id: 1 }), ctx);
    await store.commit(); // throws if the log missed a change
    expect(ctx.state.testers).toBeInstanceOf(Collection);
    expect(ctx.state.testers).not.toBe(original); // logged whole and indexed again
    expect(ctx.state.testers.filter((t) => t.referred_by_id !== null)).toEqual([]);
    const beta = ctx.state.betas[0];
    expect(presentBeta(beta, ctx.state.testers)).toEqual(presentBeta(beta, [...ctx.state.testers]));
    expect(presentBeta(beta, ctx.state.testers)).toMatchObject({ testers_count: BULK + 5, share_signups_count: 0 });
    const created = await createTester(request({ beta_id: 1 }, { tester: { email: 'new@x.com' } }), ctx);
    await store.commit();
    expect(created.body).toMatchObject({ id: BULK + 10, waitlist_position: BULK + 6, waitlist_length: BULK + 6 });
    const page = await listTesters(request({ beta_id: 1 }, undefined, { page: 1 }), ctx);
    expect(page.body.map((t) => t.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
  });

  it(`deleting a beta of more than ${BULK} testers leaves the other betas' records, through a verified log`, async () => {
    const { store, ctx } = await storeWith(BULK + 5);
    await deleteBeta(request({ beta_id: 1 }), ctx);
    await store.commit();
    expect(ctx.state.betas.map((b) => b.id)).toEqual([2]);
    expect(ctx.state.testers.map((t) => t.beta_id)).toEqual([2, 2, 2]);
    expect((await getBeta(request({ beta_id: 2 }), ctx)).body).toMatchObject({ testers_count: 3, active_testers_count: 3 });
  });

  it('a few friends are written one by one, through the collection', async () => {
    const { store, ctx } = await storeWith(3);
    const testers = ctx.state.testers;
    await deleteTester(request({ beta_id: 1, tester_id: 1 }), ctx);
    await store.commit();
    expect(ctx.state.testers).toBe(testers); // the same collection: nothing rewritten whole
    expect((await getBeta(request({ beta_id: 1 }), ctx)).body).toMatchObject({ testers_count: 3, share_signups_count: 0 });
  });
});
