import { allBy, findBy } from '../../../engine/store/collection.js';
import { subscriberSpec } from '../collections.js';
import { PartneroError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Subscriber } from '../store.js';

type Schemas = components['schemas'];

/** Names a subscriber by id and/or email: the spec's SubscriberLookup (search query, delete/update bodies, referral). */
export type SubscriberRef = Schemas['SubscriberLookup'];
/** A create request body, as the spec validated it. */
export type NewSubscriber = Schemas['SubscriberCreate'];
/** The `update` object of an update request body. */
export type SubscriberUpdate = Schemas['SubscriberUpdateBody']['update'];

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// Lookups go through the collection's indexes (O(1) on a stored state, a scan on a plain array): `id` by value,
// `email` lower-cased. Ids and emails (case-insensitively) are unique within a program (assertUnique, checkState),
// so each index bucket holds at most one subscriber and "the first match" is the only one.

/** Every subscriber matching all given parts of `ref`, narrowed by the id index, else the email index. */
function matching(subscribers: Subscriber[], ref: SubscriberRef): readonly Subscriber[] {
  const matches = (s: Subscriber) => (ref.id === undefined || s.id === ref.id) && (ref.email === undefined || sameEmail(s.email, ref.email));
  if (ref.id !== undefined) return allBy(subscribers, subscriberSpec, 'id', ref.id).filter(matches);
  if (ref.email !== undefined) return allBy(subscribers, subscriberSpec, 'email', ref.email.toLowerCase()).filter(matches);
  return subscribers;
}

/** A subscriber by id or email, as the docs' `(:id|email)` path segment allows. */
export function findByIdOrEmail(subscribers: Subscriber[], value: string): Subscriber | undefined {
  return findBy(subscribers, subscriberSpec, 'id', value) ?? findBy(subscribers, subscriberSpec, 'email', value.toLowerCase());
}

/** A subscriber named by {id} and/or {email}; both must agree when both are given. */
export function findByRef(subscribers: Subscriber[], ref: SubscriberRef): Subscriber | undefined {
  return matching(subscribers, ref)[0];
}

/** Every subscriber matching all given search parameters. */
export function searchSubscribers(subscribers: Subscriber[], ref: SubscriberRef): Subscriber[] {
  if (ref.id === undefined && ref.email === undefined) throw PartneroError.searchNeedsParam();
  return [...matching(subscribers, ref)];
}

/** Email and id are unique within a program (emails case-insensitively, as MySQL collations compare). */
export function assertUnique(subscribers: Subscriber[], wanted: { id?: string | null; email?: string }, prefix = '', self?: Subscriber): void {
  const { id, email } = wanted;
  const takenBy = (index: 'id' | 'email', value: string) => allBy(subscribers, subscriberSpec, index, value).some((s) => s !== self);
  if (email !== undefined && takenBy('email', email.toLowerCase())) throw PartneroError.taken(`${prefix}email`);
  if (id != null && takenBy('id', id)) throw PartneroError.taken(`${prefix}id`);
}

/** Validate a create request against existing subscribers and build the record; throws before anything is stored. */
export function buildSubscriber(
  subscribers: Subscriber[],
  input: NewSubscriber,
  made: { key: string; share_code: string; portal_code: string; now: string },
): Subscriber {
  const id = input.id ?? input.email; // docs.partnero.com: the id defaults to the email
  assertUnique(subscribers, { id, email: input.email });
  let referredBy: string | null = null;
  if (input.referral) {
    const referrer = findByRef(subscribers, input.referral);
    if (!referrer) throw PartneroError.referralInvalid();
    referredBy = referrer.key;
  }
  return {
    key: made.key,
    id,
    name: input.name ?? null,
    email: input.email,
    tos: input.tos ?? null,
    marketing_consent: input.marketing_consent ?? null,
    status: input.status ?? 'active',
    approved: input.approved ?? true,
    referred_by: referredBy,
    share_code: made.share_code,
    portal_code: made.portal_code,
    created_at: made.now,
    updated_at: made.now,
  };
}

/** The new value when one was sent (null included), else the current one. */
const keep = <T>(sent: T | undefined, current: T): T => (sent === undefined ? current : sent);

/**
 * The changed record, or a 422 if the new email or id belongs to someone else. Only the fields an update may change
 * are read, so anything else in `update` (Laravel ignores unknown fields) never reaches the record.
 */
export function updatedSubscriber(subscribers: Subscriber[], subscriber: Subscriber, update: SubscriberUpdate, now: string): Subscriber {
  assertUnique(subscribers, { id: update.id, email: update.email }, 'update.', subscriber);
  return {
    ...subscriber,
    id: keep(update.id, subscriber.id),
    name: keep(update.name, subscriber.name),
    email: keep(update.email, subscriber.email),
    tos: keep(update.tos, subscriber.tos),
    marketing_consent: keep(update.marketing_consent, subscriber.marketing_consent),
    status: keep(update.status, subscriber.status),
    approved: keep(update.approved, subscriber.approved),
    updated_at: now,
  };
}
