import type { Tester, TesterStatus } from '../store.js';

/** Only these statuses may send friend invitations (2505 otherwise). */
const MAY_INVITE: ReadonlySet<TesterStatus> = new Set(['invited', 'active', 'idle']);

export function canSendInvitations(status: TesterStatus): boolean {
  return MAY_INVITE.has(status);
}

const STAMPS: Partial<Record<TesterStatus, 'imported_at' | 'applied_at' | 'invited_at' | 'joined_at'>> = {
  imported: 'imported_at',
  applied: 'applied_at',
  invited: 'invited_at',
  active: 'joined_at',
};

/** The timestamp field a move into `status` stamps, if any (rejected and idle stamp nothing). */
export function stampFor(status: TesterStatus): 'imported_at' | 'applied_at' | 'invited_at' | 'joined_at' | undefined {
  return STAMPS[status];
}

/**
 * The field changes of moving a tester to `status` at `now`: nothing when the status is unchanged, else the
 * new status and its timestamp. Whether an invitation code or email follows is the caller's business.
 */
export function planStatusChange(tester: Pick<Tester, 'status'>, status: TesterStatus, now: string): Partial<Tester> {
  if (tester.status === status) return {};
  const stamp = stampFor(status);
  return stamp ? { status, [stamp]: now } : { status };
}
