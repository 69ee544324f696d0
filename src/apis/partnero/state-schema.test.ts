import { describe, expect, it } from 'vitest';
import { partneroFixtures } from '../../../fixtures/partnero/index.js';
import { createIdSource } from '../../engine/ids.js';
import { mergeInto } from '../../engine/store/merge.js';
import { stateSchemaErrors } from '../shared-seed.js';
import { partnero } from './index.js';
import { emptyState, type PartneroState } from './store.js';

// As the engine does it: seed a copy, then check the copy against the state schema.
const seeded = (data: unknown, base: PartneroState = emptyState()) => {
  const state = structuredClone(base);
  partnero.seed!(state, data, createIdSource(7));
  return state;
};
const errorsOf = (state: unknown) => stateSchemaErrors(partnero.stateSchema!, state);
const defaultData = () => partneroFixtures.scenarios.default().tenants[0].data;

describe('partnero state schema', () => {
  it('accepts the empty state and every fixture scenario (schema and state check), seeded exactly as the plain merge did', () => {
    expect(errorsOf(emptyState())).toBeNull();
    for (const build of Object.values(partneroFixtures.scenarios)) {
      for (const tenant of build().tenants) {
        const state = seeded(tenant.data);
        expect(errorsOf(state)).toBeNull();
        expect(partnero.checkState!(state)).toBeUndefined();
        const merged: Record<string, unknown> = { ...emptyState() };
        mergeInto(merged, tenant.data);
        expect(state).toEqual(merged);
      }
    }
  });

  it.each([
    ['subscribers that are not a list', { subscribers: 'x' }, '/subscribers', 'type'],
    ['a subscriber that is not a record', { subscribers: ['x'] }, '/subscribers/0', 'type'],
    ['a subscriber without an email', { subscribers: [{ name: 'Nobody' }] }, '/subscribers/0', 'required'],
    ['a null status', { subscribers: [{ email: 'n@example.com', status: null }] }, '/subscribers/0/status', 'enum'],
    ['a capitalised status', { subscribers: [{ email: 'c@example.com', status: 'Active' }] }, '/subscribers/0/status', 'enum'],
    ['an email that is not a string', { subscribers: [{ email: 42 }] }, '/subscribers/0/email', 'type'],
    ['a program that is not a record', { program: 'x' }, '/program', 'type'],
    ['a program without a portal host', { program: { portal_host: null } }, '/program/portal_host', 'type'],
    ['an unknown collection', { subscriber: [] }, '', 'additionalProperties'],
    ['webhooks that are not a list', { webhooks: {} }, '/webhooks', 'type'],
    ['a webhook without a url', { webhooks: [{ key: 'k' }] }, '/webhooks/0', 'required'],
    ['a webhook url that is not http(s)', { webhooks: [{ url: 'ftp://example.com/x' }] }, '/webhooks/0/url', 'pattern'],
    ['an unknown webhook event', { webhooks: [{ url: 'https://example.com/x', events: ['partner.created'] }] }, '/webhooks/0/events/0', 'enum'],
    ['a webhook key that cannot be a path segment', { webhooks: [{ key: 'a/b', url: 'https://example.com/x' }] }, '/webhooks/0/key', 'pattern'],
    ['an empty signing secret', { webhooks: [{ url: 'https://example.com/x', signature: '' }] }, '/webhooks/0/signature', 'minLength'],
  ])('refuses %s', (_name, data, instancePath, keyword) => {
    expect(errorsOf(seeded(data))?.[0]).toMatchObject({ instancePath, keyword });
  });

  it('refuses breaking an existing subscriber', () => {
    const base = seeded(defaultData());
    expect(errorsOf(seeded({ subscribers: [{ key: 'sub_fixture_1', status: null }] }, base))?.[0]).toMatchObject({ instancePath: '/subscribers/0/status' });
  });
});

describe('seedPartnero', () => {
  it('completes a subscriber named by its email alone as the create call would', () => {
    const state = seeded({ subscribers: [{ email: 'new@example.com' }] });
    expect(errorsOf(state)).toBeNull();
    expect(state.subscribers[0]).toEqual({
      key: expect.stringMatching(/^sub_[0-9a-f]{12}$/),
      id: 'new@example.com',
      name: null,
      email: 'new@example.com',
      tos: null,
      marketing_consent: null,
      status: 'active',
      approved: true,
      referred_by: null,
      share_code: expect.stringMatching(/^[a-zA-Z0-9]{5}$/),
      portal_code: expect.stringMatching(/^[a-zA-Z0-9]{5}\/[a-zA-Z0-9]{16}$/),
      created_at: '2026-01-01T00:00:00.000000Z',
      updated_at: '2026-01-01T00:00:00.000000Z',
    });
  });

  it('merges into the subscriber named by key, id or email (any case), field by field', () => {
    const base = seeded(defaultData());
    const state = seeded(
      {
        subscribers: [
          { key: 'sub_fixture_2', name: 'By Key' },
          { id: '113965815471015338', approved: false },
          { email: 'PARTNERO@partner.com', status: 'rejected' },
        ],
        program: { name: 'Renamed' },
      },
      base,
    );
    expect(errorsOf(state)).toBeNull();
    expect(state.subscribers).toHaveLength(base.subscribers.length);
    expect(state.subscribers[0]).toMatchObject({ email: 'PARTNERO@partner.com', approved: false, status: 'rejected', name: 'Partnero Partner' });
    expect(state.subscribers[1]).toMatchObject({ name: 'By Key', email: base.subscribers[1].email });
    expect(state.program).toMatchObject({ name: 'Renamed', portal_host: 'sandbox.partnero.test' });
  });

  it('takes nothing from the id source for a complete record', () => {
    const ids = createIdSource(3);
    partnero.seed!(emptyState(), defaultData(), ids);
    partnero.seed!(emptyState(), { webhooks: [{ key: 'k', url: 'https://example.com/h', signature: 's' }] }, ids);
    expect(ids.hex(8)).toBe(createIdSource(3).hex(8));
  });

  it('completes a webhook named by its url alone as POST /v1/webhooks would, subscribed to every event', () => {
    const state = seeded({ webhooks: [{ url: 'https://example.com/hooks' }] });
    expect(errorsOf(state)).toBeNull();
    expect(state.webhooks).toEqual([
      {
        key: expect.stringMatching(/^[A-Za-z0-9]{12}$/),
        name: 'https://example.com/hooks',
        url: 'https://example.com/hooks',
        is_active: true,
        signature: expect.stringMatching(/^[A-Za-z0-9]{16}$/),
        events: ['subscriber.created', 'subscriber.updated', 'subscriber.deleted', 'subscriber.rewarded'],
      },
    ]);
  });

  it('merges into the webhook named by key', () => {
    const base = seeded({ webhooks: [{ key: 'k', url: 'https://example.com/h', signature: 's', events: ['subscriber.created'] }] });
    const state = seeded({ webhooks: [{ key: 'k', is_active: false }] }, base);
    expect(errorsOf(state)).toBeNull();
    expect(state.webhooks).toEqual([{ key: 'k', name: 'https://example.com/h', url: 'https://example.com/h', is_active: false, signature: 's', events: ['subscriber.created'] }]);
  });
});
