import { PrefineryError } from '../errors.js';
import type { Tester, TesterStatus } from '../store.js';

/** Only these statuses may send friend invitations (2505 otherwise). */
const MAY_INVITE: ReadonlySet<TesterStatus> = new Set(['invited', 'active', 'idle']);

export function canSendInvitations(status: TesterStatus): boolean {
  return MAY_INVITE.has(status);
}

/**
 * Suspended testers do not count: "any existing Shares or Referrals are not counted" (help: statuses explained), so
 * their share counters show 0, a referral counts only while neither side is suspended, and they earn no rewards.
 */
export function isSuspended(tester: Pick<Tester, 'status'>): boolean {
  return tester.status === 'suspended';
}

const STAMPS: Partial<Record<TesterStatus, 'imported_at' | 'applied_at' | 'invited_at' | 'joined_at'>> = {
  imported: 'imported_at',
  applied: 'applied_at',
  invited: 'invited_at',
  active: 'joined_at',
};

/** The timestamp field a move into `status` stamps, if any (unconfirmed, rejected, idle and suspended stamp nothing). */
export function stampFor(status: TesterStatus): 'imported_at' | 'applied_at' | 'invited_at' | 'joined_at' | undefined {
  return STAMPS[status];
}

/** What a tester update may ask for: a status, or `unsuspended` (back to the status the tester had before the suspension). */
export type RequestedStatus = Exclude<TesterStatus, 'idle'> | 'unsuspended';

/** A suspended tester with no remembered status goes back to the default status of a new tester. */
const UNSUSPEND_FALLBACK: TesterStatus = 'imported';

/** Statuses a tester may be suspended from (the docs' table: Imported / Unconfirmed / Applied / Invited / Rejected / Active). */
const MAY_SUSPEND: ReadonlySet<TesterStatus> = new Set(['imported', 'unconfirmed', 'applied', 'invited', 'rejected', 'active']);

/**
 * Whether a tester may move from `from` to `to`, following Prefinery's table of status changes where it names one of
 * the statuses the sandbox added (unconfirmed, suspended): an unconfirmed tester only confirms (applied) or is
 * suspended; nobody moves back to unconfirmed; a suspended tester must be unsuspended first; idle cannot be suspended.
 * Moves among the other statuses stay as lenient as they always were here.
 */
export function mayChangeStatus(from: TesterStatus, to: TesterStatus): boolean {
  if (from === to) return true;
  if (to === 'unconfirmed' || from === 'suspended') return false;
  if (from === 'unconfirmed') return to === 'applied' || to === 'suspended';
  if (to === 'suspended') return MAY_SUSPEND.has(from);
  return true;
}

/**
 * The field changes of moving a tester to `requested` at `now`: nothing when the status is unchanged (or `unsuspended`
 * for a tester who is not suspended), else the new status and its timestamp. Suspending remembers the status it left;
 * unsuspending restores it and stamps nothing. A move the status rules refuse throws 422.
 * Whether an invitation code or email follows is the caller's business.
 */
export function planStatusChange(tester: Pick<Tester, 'status'> & Partial<Pick<Tester, 'suspended_from'>>, requested: RequestedStatus, now: string): Partial<Tester> {
  if (requested === 'unsuspended') {
    if (tester.status !== 'suspended') return {};
    return { status: tester.suspended_from ?? UNSUSPEND_FALLBACK, suspended_from: null };
  }
  if (tester.status === requested) return {};
  if (!mayChangeStatus(tester.status, requested)) throw PrefineryError.statusChange(tester.status, requested);
  if (requested === 'suspended') return { status: 'suspended', suspended_from: tester.status };
  const stamp = stampFor(requested);
  return stamp ? { status: requested, [stamp]: now } : { status: requested };
}

/**
 * What a check-in does to a tester's status: it becomes active where the status rules allow it. An unconfirmed or
 * suspended tester keeps its status (the check-in is still accepted, as a visit). joined_at records the first activation.
 */
export function planCheckin(tester: Pick<Tester, 'status' | 'joined_at'>, now: string): Partial<Tester> {
  if (!mayChangeStatus(tester.status, 'active')) return {};
  return { status: 'active', joined_at: tester.joined_at ?? now };
}
