import { describe, expect, it } from 'vitest';
import type { Panelist, Referral } from '../store.js';
import { countInvited, presentAccount, presentEmail } from './account.js';

const panelist: Panelist = {
  id: 'p1', user: 'ann@example.com', panel_id: 'AAAA', email: 'ann@example.com', locale: 'ENG-AU', dob: '1990-05-04',
  first_name: 'Ann', last_name: 'Lee', points_balance: 25, created_at: '2026-01-02T03:04:05.000Z', activity: [], profile: {},
};
const referral = (referrer_id: string): Referral => ({ id: 'r', panel_id: 'AAAA', referrer_id, email: 'x@example.com', created_at: '2026-01-03T00:00:00.000Z' });

describe('countInvited', () => {
  it('counts only this panelist\'s referrals', () => {
    expect(countInvited([referral('p1'), referral('p2'), referral('p1')], 'p1')).toBe(2);
  });
});

describe('presentEmail', () => {
  it('prefixes the address with the panel GUID, as the docs\' one example does', () => {
    expect(presentEmail({ panel_id: '9d9032bf-205b-44a2-ab00-ae8d0b77f7fa', email: 'chris@example.com' })).toBe('9d9032bf-205b-44a2-ab00-ae8d0b77f7fa_chris@example.com');
  });

  it('stays null without an address', () => {
    expect(presentEmail({ panel_id: 'AAAA', email: null })).toBeNull();
  });
});

describe('presentAccount', () => {
  it('shows the profile in UPPER_SNAKE with ISO dates', () => {
    const account = presentAccount(panelist, 3);
    expect(account.profile).toMatchObject({
      BIRTH_DATE: '1990-05-04', CREATED_DATE: '2026-01-02', SUBSCRIBED_DATE: '2026-01-02', EMAIL: 'AAAA_ann@example.com',
      EMAIL_CONFIRMED: 'Yes', FIRST_NAME: 'Ann', LAST_NAME: 'Lee', LOCALE: 'ENG-AU', INVITED_COUNT: 3, POINTS_BALANCE: 25,
    });
    expect(account.devices).toEqual([]);
  });

  it('marks a panelist without an address as unconfirmed', () => {
    expect(presentAccount({ ...panelist, email: null }, 0).profile).toMatchObject({ EMAIL: null, EMAIL_CONFIRMED: 'No', EMAIL_VALID: 'No' });
  });
});
