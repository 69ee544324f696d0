import { describe, expect, it } from 'vitest';
import { createSubscriberFactory } from '../../../../fixtures/partnero/factories.js';
import { PartneroError } from '../errors.js';
import { buildSubscriber, findByIdOrEmail, findByRef, searchSubscribers, updatedSubscriber } from './subscribers.js';

const make = createSubscriberFactory(1);
const made = { key: 'sub_new', share_code: 'abcde', portal_code: 'x/y', now: '2026-01-01T00:00:00.000000Z' };

const expectInvalid = (fn: () => unknown, field: string, message: string) => {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof PartneroError)) throw error;
    expect(error.errors).toEqual({ [field]: [message] });
    return;
  }
  throw new Error('expected a 422');
};

describe('buildSubscriber', () => {
  const alice = make({ id: 'a1', email: 'alice@example.com' });

  it('defaults the id to the email, status to active, approved to true, consents to null', () => {
    expect(buildSubscriber([], { email: 'new@example.com' }, made)).toMatchObject({
      id: 'new@example.com', status: 'active', approved: true, tos: null, marketing_consent: null, referred_by: null,
    });
  });

  it('links a referral by id or email to the referrer key', () => {
    expect(buildSubscriber([alice], { email: 'b@example.com', referral: { id: 'a1' } }, made).referred_by).toBe(alice.key);
    expect(buildSubscriber([alice], { email: 'c@example.com', referral: { email: 'ALICE@example.com' } }, made).referred_by).toBe(alice.key);
  });

  it('rejects a referral to nobody, a taken email (any case) and a taken id', () => {
    expectInvalid(() => buildSubscriber([alice], { email: 'b@example.com', referral: { email: 'ghost@example.com' } }, made), 'referral', 'The selected referral is invalid.');
    expectInvalid(() => buildSubscriber([alice], { email: 'Alice@Example.com' }, made), 'email', 'The email has already been taken.');
    expectInvalid(() => buildSubscriber([alice], { email: 'z@example.com', id: 'a1' }, made), 'id', 'The id has already been taken.');
  });
});

describe('lookups', () => {
  const list = [make({ id: 'x@example.com', email: 'other@example.com' }), make({ id: 'id2', email: 'x@example.com' })];

  it('prefers an id match over an email match', () => {
    expect(findByIdOrEmail(list, 'x@example.com')).toBe(list[0]);
    expect(findByIdOrEmail(list, 'OTHER@example.com')).toBe(list[0]);
  });

  it('needs id and email to agree when both are given', () => {
    expect(findByRef(list, { id: 'id2', email: 'x@example.com' })).toBe(list[1]);
    expect(findByRef(list, { id: 'id2', email: 'other@example.com' })).toBeUndefined();
  });

  it('search needs at least one parameter', () => {
    expect(() => searchSubscribers(list, {})).toThrow(PartneroError);
    expect(searchSubscribers(list, { email: 'X@example.com' })).toEqual([list[1]]);
  });
});

describe('updatedSubscriber', () => {
  const a = make({ id: 'a', email: 'a@example.com' });
  const b = make({ id: 'b', email: 'b@example.com' });

  it('changes only the allowed fields and stamps updated_at', () => {
    const next = updatedSubscriber([a, b], a, { name: 'New', status: 'rejected', id: 'a2' }, '2026-02-02T00:00:00.000000Z');
    expect(next).toMatchObject({ key: a.key, name: 'New', status: 'rejected', id: 'a2', email: 'a@example.com', updated_at: '2026-02-02T00:00:00.000000Z' });
    expect(a.name).not.toBe('New');
  });

  it("allows keeping one's own email but not taking another's", () => {
    expect(updatedSubscriber([a, b], a, { email: 'A@example.com' }, made.now).email).toBe('A@example.com');
    expectInvalid(() => updatedSubscriber([a, b], a, { email: 'b@example.com' }, made.now), 'update.email', 'The update.email has already been taken.');
    expectInvalid(() => updatedSubscriber([a, b], a, { id: 'b' }, made.now), 'update.id', 'The update.id has already been taken.');
  });
});
