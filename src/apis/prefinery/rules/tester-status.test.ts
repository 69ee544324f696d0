import { describe, expect, it } from 'vitest';
import { PrefineryError } from '../errors.js';
import { TESTER_STATUSES, type TesterStatus } from '../store.js';
import { canSendInvitations, isSuspended, mayChangeStatus, planCheckin, planStatusChange, type RequestedStatus } from './tester-status.js';

const now = '2026-03-01T12:00:00Z';

function refusal(status: TesterStatus, requested: RequestedStatus): number | 'ok' {
  try {
    planStatusChange({ status, suspended_from: null }, requested, now);
    return 'ok';
  } catch (error) {
    if (error instanceof PrefineryError) return error.code;
    throw error;
  }
}

describe('tester status rules', () => {
  it('only invited, active and idle testers may send invitations', () => {
    expect(TESTER_STATUSES.filter(canSendInvitations)).toEqual(['invited', 'active', 'idle']);
  });

  it('a status change stamps its timestamp: applied_at, invited_at, joined_at, imported_at', () => {
    expect(planStatusChange({ status: 'imported' }, 'applied', now)).toEqual({ status: 'applied', applied_at: now });
    expect(planStatusChange({ status: 'applied' }, 'invited', now)).toEqual({ status: 'invited', invited_at: now });
    expect(planStatusChange({ status: 'invited' }, 'active', now)).toEqual({ status: 'active', joined_at: now });
    expect(planStatusChange({ status: 'active' }, 'imported', now)).toEqual({ status: 'imported', imported_at: now });
  });

  it('rejecting stamps nothing, and keeping the same status changes nothing', () => {
    expect(planStatusChange({ status: 'applied' }, 'rejected', 'x')).toEqual({ status: 'rejected' });
    expect(planStatusChange({ status: 'active' }, 'active', 'x')).toEqual({});
  });
});

describe('unconfirmed and suspended, as the status table documents them', () => {
  it('an unconfirmed tester only confirms (applied, stamped) or is suspended', () => {
    expect(planStatusChange({ status: 'unconfirmed' }, 'applied', now)).toEqual({ status: 'applied', applied_at: now });
    for (const to of ['imported', 'invited', 'active', 'rejected'] as const) expect(refusal('unconfirmed', to)).toBe(422);
    expect(planStatusChange({ status: 'unconfirmed' }, 'unconfirmed', now)).toEqual({});
  });

  it('nobody moves back to unconfirmed', () => {
    for (const from of ['imported', 'applied', 'invited', 'active', 'rejected', 'idle'] as const) expect(refusal(from, 'unconfirmed')).toBe(422);
  });

  it('suspending remembers the status it left, from every documented status but idle; it stamps nothing', () => {
    for (const from of ['imported', 'unconfirmed', 'applied', 'invited', 'rejected', 'active'] as const) {
      expect(planStatusChange({ status: from }, 'suspended', now)).toEqual({ status: 'suspended', suspended_from: from });
    }
    expect(refusal('idle', 'suspended')).toBe(422);
  });

  it('a suspended tester must be unsuspended first; unsuspending restores its status (imported if unknown)', () => {
    for (const to of ['imported', 'applied', 'invited', 'active', 'rejected'] as const) expect(refusal('suspended', to)).toBe(422);
    expect(planStatusChange({ status: 'suspended', suspended_from: 'invited' }, 'unsuspended', now)).toEqual({ status: 'invited', suspended_from: null });
    expect(planStatusChange({ status: 'suspended', suspended_from: null }, 'unsuspended', now)).toEqual({ status: 'imported', suspended_from: null });
    expect(planStatusChange({ status: 'active', suspended_from: null }, 'unsuspended', now)).toEqual({});
  });

  it('moves among the other statuses stay allowed', () => {
    const classic = ['imported', 'applied', 'invited', 'active', 'idle', 'rejected'] as const;
    for (const from of classic) for (const to of classic) expect(mayChangeStatus(from, to)).toBe(true);
  });

  it('a check-in activates (first activation stamps joined_at) but leaves unconfirmed and suspended testers as they are', () => {
    expect(planCheckin({ status: 'invited', joined_at: null }, now)).toEqual({ status: 'active', joined_at: now });
    expect(planCheckin({ status: 'idle', joined_at: 'earlier' }, now)).toEqual({ status: 'active', joined_at: 'earlier' });
    expect(planCheckin({ status: 'unconfirmed', joined_at: null }, now)).toEqual({});
    expect(planCheckin({ status: 'suspended', joined_at: null }, now)).toEqual({});
  });

  it('isSuspended', () => {
    expect(TESTER_STATUSES.filter((status) => isSuspended({ status }))).toEqual(['suspended']);
  });
});
