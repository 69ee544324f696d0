import { describe, expect, it } from 'vitest';
import { canSendInvitations, planStatusChange } from './tester-status.js';

describe('tester status rules', () => {
  it('only invited, active and idle testers may send invitations', () => {
    expect(['imported', 'applied', 'invited', 'active', 'idle', 'rejected'].filter((s) => canSendInvitations(s as never))).toEqual(['invited', 'active', 'idle']);
  });

  it('a status change stamps its timestamp: applied_at, invited_at, joined_at, imported_at', () => {
    const now = '2026-03-01T12:00:00Z';
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
