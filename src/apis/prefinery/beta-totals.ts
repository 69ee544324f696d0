// The per-beta counters GET /betas shows (testers per status, share clicks, share signups) without reading every
// tester per request. An index cannot hold them: a count by status would be a handful of huge buckets, and moving a
// tester between them (every check-in, every status change) costs the size of the bucket. So the totals of a stored
// testers collection are tallied once, kept in memory beside it, and moved by writes.ts as each tester is added,
// changed or removed. They are derived, never stored: a new collection (a seed, a reload, a rollback) is tallied
// again on first use.
//
// A write that bypassed writes.ts would leave them wrong, so: the tester count is checked against the `beta` index
// on every read (a miss retallies), and when the store verifies its log (SANDBOX_VERIFY_LOG=1, the test suite) every
// read is checked against a fresh tally and a difference throws.
import { Collection, countBy } from '../../engine/store/collection.js';
import { isShareSignup, testersSpec } from './collections.js';
import { isSuspended } from './rules/tester-status.js';
import type { Tester } from './store.js';

export interface BetaTotals {
  testers: number;
  /** Testers per status (absent: 0). */
  byStatus: Partial<Record<string, number>>;
  /** Share clicks of the testers who are not suspended. */
  shareClicks: number;
  /** Share signups (isShareSignup) before those of suspended referrers are taken out. */
  referralSignups: number;
}

const tallies = new WeakMap<Collection<Tester>, Map<number, BetaTotals>>();

const empty = (): BetaTotals => ({ testers: 0, byStatus: {}, shareClicks: 0, referralSignups: 0 });

function count(totals: Map<number, BetaTotals>, t: Tester, sign: 1 | -1): void {
  let entry = totals.get(t.beta_id);
  if (!entry) {
    entry = empty();
    totals.set(t.beta_id, entry);
  }
  entry.testers += sign;
  entry.byStatus[t.status] = (entry.byStatus[t.status] ?? 0) + sign;
  if (!isSuspended(t)) entry.shareClicks += sign * t.share_clicks_count;
  if (isShareSignup(t)) entry.referralSignups += sign;
}

function tally(testers: readonly Tester[]): Map<number, BetaTotals> {
  const totals = new Map<number, BetaTotals>();
  for (const t of testers) count(totals, t, 1);
  return totals;
}

/** A beta's totals: kept up to date on a stored collection, tallied on a plain array (unit tests). */
export function betaTotals(testers: readonly Tester[], betaId: number): BetaTotals {
  if (!(testers instanceof Collection)) return tally(testers.filter((t) => t.beta_id === betaId)).get(betaId) ?? empty();
  const collection = testers as Collection<Tester>;
  let totals = tallies.get(collection);
  if (totals && process.env.SANDBOX_VERIFY_LOG === '1') verify(totals, collection, betaId);
  if (!totals || (totals.get(betaId)?.testers ?? 0) !== countBy(testers, testersSpec, 'beta', betaId)) {
    totals = tally(testers);
    tallies.set(collection, totals);
  }
  return totals.get(betaId) ?? empty();
}

/** Move the kept totals for `tester` as it is now: -1 before a change or a removal, +1 after a change or an add. */
export function countTester(testers: readonly Tester[], tester: Tester, sign: 1 | -1): void {
  if (!(testers instanceof Collection)) return;
  const totals = tallies.get(testers as Collection<Tester>);
  if (totals) count(totals, tester, sign);
}

function verify(totals: Map<number, BetaTotals>, testers: readonly Tester[], betaId: number): void {
  const kept = normalised(totals.get(betaId));
  const fresh = normalised(tally(testers).get(betaId));
  if (kept !== fresh) throw new Error(`prefinery: the kept totals of beta ${betaId} are out of step with its testers (${kept} kept, ${fresh} counted): a tester was written without writes.ts`);
}

function normalised(totals: BetaTotals | undefined): string {
  const { testers, byStatus, shareClicks, referralSignups } = totals ?? empty();
  const statuses = Object.entries(byStatus).filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([testers, statuses, shareClicks, referralSignups]);
}
