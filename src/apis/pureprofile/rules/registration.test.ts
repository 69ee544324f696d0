import { describe, expect, it } from 'vitest';
import { PureprofileError } from '../errors.js';
import type { Panel, Panelist } from '../store.js';
import { buildPanelist, checkRegistration, findPanelist, type RegisterInput } from './registration.js';
import { thrown } from '../../../engine/test-support/thrown.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const panel: Panel = { id: 'AAAA-1', name: 'AU', locales: ['ENG-AU', 'ENG-NZ'], max_referral_emails: 10 };
const other: Panel = { id: 'BBBB-2', name: 'BE', locales: ['DUT-BE', 'FRE-BE'], max_referral_emails: 5 };
const input: RegisterInput = { user: 'new@example.com', panel: 'AAAA-1', locale: 'ENG-AU', dob: '1990-05-04', first_name: 'Ann', last_name: 'Lee' };
const existing = buildPanelist('p1', other, 'DUT-BE', { ...input, user: 'Taken@Example.com', panel: 'BBBB-2' }, now);

const refusal = (run: () => unknown) => thrown(PureprofileError, run);

describe('checkRegistration', () => {
  it('accepts a new user in one of the panel locales, matching the locale case-insensitively', () => {
    expect(checkRegistration([panel, other], [existing], { ...input, locale: 'eng-nz' }, now)).toEqual({ panel, locale: 'ENG-NZ' });
  });

  it('refuses an unknown panel with 404', () => {
    expect(refusal(() => checkRegistration([panel], [], { ...input, panel: 'nope' }, now)).status).toBe(404);
  });

  it('refuses a locale of another panel with 422 listing the allowed ones', () => {
    const error = refusal(() => checkRegistration([panel, other], [], { ...input, locale: 'DUT-BE' }, now));
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([{ field: 'locale', message: 'locale must be one of: ENG-AU, ENG-NZ' }]);
  });

  it('refuses a user already registered in any panel, case-insensitively', () => {
    const error = refusal(() => checkRegistration([panel, other], [existing], { ...input, user: 'taken@example.com' }, now));
    expect(error.status).toBe(422);
    expect(error.errors[0].field).toBe('user');
  });

  it('refuses a date of birth of today or later', () => {
    expect(refusal(() => checkRegistration([panel], [], { ...input, dob: '2026-03-01' }, now)).errors[0].field).toBe('dob');
  });
});

describe('buildPanelist', () => {
  it('uses the user as email when it is an address', () => {
    expect(buildPanelist('p2', panel, 'ENG-AU', input, now)).toMatchObject({ id: 'p2', email: 'new@example.com', panel_id: 'AAAA-1', created_at: now.toISOString() });
  });

  it('leaves the email empty for a non-address user', () => {
    expect(buildPanelist('p3', panel, 'ENG-AU', { ...input, user: 'uuid-123' }, now).email).toBeNull();
  });
});

describe('findPanelist', () => {
  it('finds a panelist by user within their panel', () => {
    expect(findPanelist([panel, other], [existing], 'taken@example.com', 'BBBB-2').id).toBe('p1');
  });

  it('answers 404 for a user of another panel', () => {
    expect(refusal(() => findPanelist([panel, other], [existing], 'taken@example.com', 'AAAA-1')).status).toBe(404);
  });
});
