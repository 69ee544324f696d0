import { MESSAGES, PartneroError } from '../errors.js';
import type { Subscriber, SubscriberStatus } from '../store.js';

export interface SubscriberRef {
  id?: string;
  email?: string;
}

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A subscriber by id or email, as the docs' `(:id|email)` path segment allows. */
export function findByIdOrEmail(subscribers: Subscriber[], value: string): Subscriber | undefined {
  return subscribers.find((s) => s.id === value) ?? subscribers.find((s) => sameEmail(s.email, value));
}

/** A subscriber named by {id} and/or {email}; both must agree when both are given. */
export function findByRef(subscribers: Subscriber[], ref: SubscriberRef): Subscriber | undefined {
  return subscribers.find((s) => (ref.id === undefined || s.id === ref.id) && (ref.email === undefined || sameEmail(s.email, ref.email)));
}

/** Every subscriber matching all given search parameters. */
export function searchSubscribers(subscribers: Subscriber[], ref: SubscriberRef): Subscriber[] {
  if (ref.id === undefined && ref.email === undefined) throw PartneroError.invalid('id', MESSAGES.searchNeedsParam);
  return subscribers.filter((s) => (ref.id === undefined || s.id === ref.id) && (ref.email === undefined || sameEmail(s.email, ref.email)));
}

/** Email and id are unique within a program (emails case-insensitively, as MySQL collations compare). */
export function assertUnique(subscribers: Subscriber[], wanted: { id?: string | null; email?: string }, prefix = '', self?: Subscriber): void {
  const others = subscribers.filter((s) => s !== self);
  if (wanted.email !== undefined && others.some((s) => sameEmail(s.email, wanted.email!))) {
    throw PartneroError.invalid(`${prefix}email`, MESSAGES.emailTaken.replace('email', `${prefix}email`));
  }
  if (wanted.id != null && others.some((s) => s.id === wanted.id)) {
    throw PartneroError.invalid(`${prefix}id`, MESSAGES.idTaken.replace('id', `${prefix}id`));
  }
}

export interface NewSubscriber {
  id?: string;
  email: string;
  name?: string | null;
  tos?: boolean | null;
  marketing_consent?: boolean | null;
  status?: SubscriberStatus;
  approved?: boolean;
  referral?: SubscriberRef;
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
    if (!referrer) throw PartneroError.invalid('referral', MESSAGES.referralInvalid);
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

export type SubscriberUpdate = Partial<Pick<Subscriber, 'name' | 'email' | 'tos' | 'marketing_consent' | 'status' | 'approved'>> & { id?: string };

/** The changed record, or a 422 if the new email or id belongs to someone else. */
export function updatedSubscriber(subscribers: Subscriber[], subscriber: Subscriber, update: SubscriberUpdate, now: string): Subscriber {
  assertUnique(subscribers, { id: update.id, email: update.email }, 'update.', subscriber);
  const allowed: SubscriberUpdate = {};
  for (const key of ['id', 'name', 'email', 'tos', 'marketing_consent', 'status', 'approved'] as const) {
    if (update[key] !== undefined) (allowed as Record<string, unknown>)[key] = update[key];
  }
  return { ...subscriber, ...allowed, updated_at: now };
}
