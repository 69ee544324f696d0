import type { components } from '../spec.gen.js';
import type { Program, Subscriber, SubscriberStatus } from '../store.js';

type Schemas = components['schemas'];

/** The stored status as the API shows it: capitalised. */
const SHOWN_STATUS: Record<SubscriberStatus, Schemas['Subscriber']['status']> = { active: 'Active', rejected: 'Rejected', suspended: 'Suspended' };

/**
 * The public subscriber object: status capitalised, links derived from stable codes, referral count live (the caller
 * reads it from the referrer index: referralCount in referrals.ts).
 */
export function presentSubscriber(subscriber: Subscriber, program: Program, referralsCount: number): Schemas['Subscriber'] {
  return {
    id: subscriber.id,
    name: subscriber.name,
    email: subscriber.email,
    is_referred: subscriber.referred_by !== null,
    tos: subscriber.tos,
    marketing_consent: subscriber.marketing_consent,
    status: SHOWN_STATUS[subscriber.status],
    approved: subscriber.approved,
    portal_link: `https://${program.portal_host}/portal/${subscriber.portal_code}`,
    share_link: `https://${program.portal_host}/share/${subscriber.share_code}`,
    referrals_count: referralsCount,
    reward: [],
    created_at: subscriber.created_at,
    updated_at: subscriber.updated_at,
    deleted_at: null,
  };
}

/** Laravel serialises timestamps with microseconds: 2024-09-02T09:03:18.000000Z. */
export function laravelTimestamp(date: Date): string {
  // Partnero's examples are all second precision with six zero digits (2024-09-02T09:03:18.000000Z).
  return date.toISOString().replace(/\.\d{3}Z$/, '.000000Z');
}
