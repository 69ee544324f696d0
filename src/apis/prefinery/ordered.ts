// Prefinery answers every list in id order (betas, a beta's testers, rewards and points; the waitlist is the beta's
// testers in id order). A collection's index buckets hold their records in the order they were indexed, which is id
// order only as long as nothing moved them (replaying the log at start-up re-indexes a changed record at the end of
// its buckets). So each group read in id order keeps a sorted copy, per stored collection, brought up to date from
// the group's bucket when read:
// - nothing changed (same length, same last record): the copy as it is, O(1);
// - records were only added (the bucket's first records are those of the copy): each is inserted, O(log n) for the
//   usual new record, whose id is the highest;
// - anything else (a record left the group): the copy is rebuilt, O(group) once. Removing records through
//   removeKeepingOrder (writes.ts does) takes them out of the copies instead; only the rare change that moves a
//   record out of its group (a reward revoked leaves the beta's earned rewards) leaves a rebuild to the next read.
// That check is exact as long as a record that left a group never comes back to it, which holds for every group
// read here (a beta, a beta's rewards of one status: earned rewards are revoked, never earned again).
import { allBy, Collection, removeRecords, type CollectionSpec, type IndexKey } from '../../engine/store/collection.js';

interface SortedView<T> {
  /** The group: the whole collection (no index), or the records with one value of one index. */
  index: string | undefined;
  value: IndexKey;
  sorted: T[];
  /** The last record of the group's bucket when `sorted` was last brought up to date. */
  tail: T | undefined;
}

const views = new WeakMap<object, Map<string, SortedView<object>>>();

type WithId = { id: number };

/**
 * The records of a collection (no index) or of one value of one of its indexes, in id order. The answer is shared:
 * never change it. On a plain array (unit tests) it is a fresh filtered, sorted copy.
 */
export function inIdOrder<T extends WithId>(list: readonly T[], spec: CollectionSpec<T>, index?: string, value?: IndexKey): readonly T[] {
  const group = groupOf(list, spec, index, value);
  if (!(list instanceof Collection)) return [...group].sort(byId);
  let byGroup = views.get(list);
  if (!byGroup) {
    byGroup = new Map();
    views.set(list, byGroup);
  }
  const name = index === undefined ? '' : `${index}\u0000${typeof value}\u0000${String(value)}`;
  let view = byGroup.get(name) as SortedView<T> | undefined;
  if (!view) {
    view = { index, value, sorted: [...group].sort(byId), tail: group[group.length - 1] };
    byGroup.set(name, view as SortedView<object>);
    return view.sorted;
  }
  catchUp(view, group);
  return view.sorted;
}

function groupOf<T extends WithId>(list: readonly T[], spec: CollectionSpec<T>, index: string | undefined, value: IndexKey): readonly T[] {
  return index === undefined ? list : allBy(list, spec, index, value);
}

/**
 * Remove records from a collection (through it: each removal is logged) and from its id-ordered copies, so the next
 * read does not rebuild them: O(log n) and a move per record and copy, beside the store's own removal.
 */
export function removeKeepingOrder<T extends WithId>(list: T[], records: readonly T[]): void {
  const byGroup = list instanceof Collection ? views.get(list) : undefined;
  if (!byGroup || records.length === 0) {
    removeRecords(list, ...records);
    return;
  }
  const spec = (list as unknown as Collection<T>).spec;
  const entries = [...byGroup.entries()] as Array<[string, SortedView<T>]>;
  for (const [, view] of entries) catchUp(view, groupOf(list, spec, view.index, view.value));
  removeRecords(list, ...records);
  for (const [name, view] of entries) {
    const of = view.index === undefined ? undefined : spec.indexes?.[view.index];
    for (const record of records) {
      if (of && of(record) !== view.value) continue;
      const at = indexOfId(view.sorted, record.id);
      if (at >= 0 && view.sorted[at] === record) view.sorted.splice(at, 1);
    }
    const group = groupOf(list, spec, view.index, view.value);
    view.tail = group[group.length - 1];
    if (view.sorted.length !== group.length) byGroup.delete(name); // not in step after all: rebuilt when next read
  }
}

function catchUp<T extends WithId>(view: SortedView<T>, group: readonly T[]): void {
  const known = view.sorted.length;
  const length = group.length;
  if (length === known && (length === 0 || group[length - 1] === view.tail)) return;
  if (length > known && (known === 0 || group[known - 1] === view.tail)) {
    for (let i = known; i < length; i++) insertById(view.sorted, group[i]);
  } else {
    view.sorted = [...group].sort(byId);
  }
  view.tail = group[length - 1];
}

function byId(a: WithId, b: WithId): number {
  return a.id - b.id;
}

/** Insert into an id-ordered array: O(1) for a new highest id, else a binary search and a move. */
function insertById<T extends WithId>(sorted: T[], record: T): void {
  if (sorted.length === 0 || sorted[sorted.length - 1].id < record.id) {
    sorted.push(record);
    return;
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid].id <= record.id) low = mid + 1;
    else high = mid;
  }
  sorted.splice(low, 0, record);
}

/** Where the record with that id sits in an id-ordered array, or -1. */
export function indexOfId(sorted: readonly WithId[], id: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid].id;
    if (at === id) return mid;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
