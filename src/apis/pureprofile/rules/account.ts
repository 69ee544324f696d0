import { countBy } from '../../../engine/store/collection.js';
import { referralCollection } from '../collections.js';
import type { components } from '../spec.gen.js';
import type { Panelist, Referral } from '../store.js';

/** How many friends this panelist has invited: counted from the stored referrals (the `referrer` index), so it can never drift. */
export function countInvited(referrals: readonly Referral[], panelistId: string): number {
  return countBy(referrals, referralCollection, 'referrer', panelistId);
}

/**
 * EMAIL as the account shows it: `<panel guid>_<email>`, the form of the docs' only example (whose prefix is the
 * sandbox panel's GUID). One example is all there is to go on; refer-friends compares the bare address.
 */
export function presentEmail(panelist: Pick<Panelist, 'panel_id' | 'email'>): string | null {
  return panelist.email === null ? null : `${panelist.panel_id}_${panelist.email}`;
}

/** The account as GET /v1/panel/account shows it: UPPER_SNAKE profile keys, dates as YYYY-MM-DD. */
export function presentAccount(panelist: Panelist, invitedCount: number): components['schemas']['AccountEnvelope']['data'] {
  const created = panelist.created_at.slice(0, 10);
  const hasEmail = panelist.email !== null;
  return {
    profile: {
      BIRTH_DATE: panelist.dob,
      COMPLETED_COUNT: 0,
      CREATED_DATE: created,
      DUPLICATE_COUNT: 0,
      EMAIL: presentEmail(panelist),
      EMAIL_CONFIRMED: hasEmail ? 'Yes' : 'No',
      EMAIL_VALID: hasEmail ? 'Yes' : 'No',
      FIRST_NAME: panelist.first_name,
      INVITED_COUNT: invitedCount,
      LAST_NAME: panelist.last_name,
      LOCALE: panelist.locale,
      OPENED_COUNT: 0,
      POINTS_BALANCE: panelist.points_balance,
      POINTS_REDEEMED: 0,
      POINTS_REWARDED: 0,
      PROFILE_COUNT: 0,
      QUALITY_COUNT: 0,
      QUOTA_COUNT: 0,
      RECRUITMENT_SOURCE: 1,
      REMINDED_COUNT: 0,
      RESPONSE_RATE: 0,
      SECURITY_COUNT: 0,
      STARTED_COUNT: 0,
      SUBSCRIBED_DATE: created,
    },
    activity: panelist.activity,
    devices: [],
  };
}
