import { getByKey, type CollectionSpec } from '../../../engine/store/collection.js';

// Integer ids per object type, as the vendor's objects show (1, 2, 3 ...).

/**
 * The next id: the one after the counter (state.counters), read in O(1). The seed raises each counter to the
 * highest id it stores (seed.ts), so records a seed document added are never handed out twice. Should an id be
 * taken all the same (a database written before the seed did that), it is skipped: one O(1) key lookup per id.
 */
export function nextId<T extends { id: number }>(counter: number, records: readonly T[], spec: CollectionSpec<T>): number {
  let id = (Number.isFinite(counter) ? counter : 0) + 1;
  while (getByKey(records, spec, id) !== undefined) id++;
  return id;
}
