// Every change to a stored record goes through its collection (push, updateRecord, removeRecords), so its indexes
// follow and the change reaches the store's log. Testers are written only through the functions below, which also
// move the per-beta totals (beta-totals.ts).
//
// Bulk changes (deleting a beta, or a tester with thousands of friends) would cost the size of an index bucket per
// record: past BULK records the collection is rewritten once instead (the records are changed, and the state field
// gets a new array, which the store logs whole and indexes again at the commit), O(collection).
import { Collection, updateRecord } from '../../engine/store/collection.js';
import { countTester } from './beta-totals.js';
import { removeKeepingOrder } from './ordered.js';
import type { PrefineryState, Tester } from './store.js';

export const BULK = 2000;

/**
 * Remove records (keeping the id-ordered views in step, ordered.ts); `replace` assigns the rest to the state field
 * when there are too many for one by one.
 */
export function removeMany<T extends { id: number }>(list: T[], records: readonly T[], replace: (rest: T[]) => void): void {
  if (records.length === 0) return;
  if (records.length <= BULK) {
    removeKeepingOrder(list, records);
    return;
  }
  const going = new Set(records);
  replace(list.filter((record) => !going.has(record)));
}

/** Change records (`records` may be a live index bucket: it is copied first). */
export function changeMany<T extends object>(list: T[], records: readonly T[], change: (record: T) => void, replace: (all: T[]) => void): void {
  const changing = [...records];
  if (changing.length <= BULK || !(list instanceof Collection)) {
    for (const record of changing) updateRecord(list, record, change);
    return;
  }
  for (const record of changing) change(record); // the whole array is logged instead, at the commit
  replace(Array.from(list));
}

export function addTester(state: PrefineryState, tester: Tester): void {
  state.testers.push(tester);
  countTester(state.testers, tester, 1);
}

export function changeTester(state: PrefineryState, tester: Tester, change: (tester: Tester) => void): void {
  countTester(state.testers, tester, -1);
  updateRecord(state.testers, tester, change);
  countTester(state.testers, tester, 1);
}

export function changeTesters(state: PrefineryState, testers: readonly Tester[], change: (tester: Tester) => void): void {
  if (testers.length <= BULK) {
    for (const tester of [...testers]) changeTester(state, tester, change);
    return;
  }
  // A new array: its totals are tallied afresh when next read.
  changeMany(state.testers, testers, change, (all) => (state.testers = all));
}

export function removeTesters(state: PrefineryState, testers: readonly Tester[]): void {
  if (testers.length <= BULK) for (const tester of testers) countTester(state.testers, tester, -1);
  removeMany(state.testers, testers, (rest) => (state.testers = rest));
}
