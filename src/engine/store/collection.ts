// Indexed collections: vendor state stays an array (the lowdb snapshot, rules and tests read it as one), but lookups
// by key, by lower-cased email, by code and per-parent counts are O(1), and every change is reported to the store,
// which appends it to its log instead of rewriting the database.
//
// Records are plain objects. Reading them is free; changing one goes through the collection (push, update, remove)
// so its indexes follow and the change reaches the log. A change made behind the collection's back (r.x = 1 without
// update()) is invisible to the log: the store's verification mode (SANDBOX_VERIFY_LOG=1, on in the test suite)
// replays every batch onto a shadow copy and fails loudly when the two differ.

/** A value an index is keyed by; null and undefined are not indexed. */
export type IndexKey = string | number | boolean | null | undefined;

export interface CollectionSpec<T> {
  /** The record's identity in the collection: never changes once the record exists. */
  key(record: T): string | number;
  /**
   * Secondary indexes by name (lookups and per-parent counts). Several records may share a value; `findBy` answers
   * the first in collection order.
   */
  indexes?: Record<string, (record: T) => IndexKey>;
}

/** Where a collection's changes go (the store's pending batch). `path` names the collection in the database. */
export interface ChangeSink {
  put(path: readonly string[], key: string | number, record: object): void;
  /** `record` is the record removed: a shared store files the delete under the record's tenant. */
  del(path: readonly string[], key: string | number, record?: object): void;
  /** The collection's order or membership changed in a way puts and deletes cannot say (sort, insert in the middle). */
  whole(path: readonly string[], collection: readonly object[]): void;
}

type Bucket<T> = T | T[];

export class Collection<T extends object> extends Array<T> {
  // Methods that build new arrays (map, filter, slice, concat) return plain arrays, not collections.
  static override get [Symbol.species]() {
    return Array;
  }

  #spec!: CollectionSpec<T>;
  #byKey!: Map<string | number, T>;
  /** Secondary indexes, each built on its first lookup (a large load then pays only for the key map at start). */
  #indexes!: Map<string, { of: (record: T) => IndexKey; map: Map<IndexKey, Bucket<T>>; built: boolean }>;
  #built: Array<{ of: (record: T) => IndexKey; map: Map<IndexKey, Bucket<T>>; built: boolean }> = [];
  #path: readonly string[] = [];
  #sink: ChangeSink | undefined;

  /** A collection over `records` (taken as they are, not copied), reporting to `sink` once attached. */
  static over<T extends object>(spec: CollectionSpec<T>, records: readonly T[], path: readonly string[] = [], sink?: ChangeSink): Collection<T> {
    const collection = new Collection<T>();
    collection.#spec = spec;
    collection.#byKey = new Map();
    collection.#indexes = new Map(Object.entries(spec.indexes ?? {}).map(([name, of]) => [name, { of, map: new Map(), built: records.length === 0 }]));
    collection.#built = [...collection.#indexes.values()].filter((index) => index.built);
    collection.#path = path;
    for (const record of records) {
      Array.prototype.push.call(collection, record);
      collection.#index(record);
    }
    collection.#sink = sink;
    return collection;
  }

  get spec(): CollectionSpec<T> {
    return this.#spec;
  }

  get path(): readonly string[] {
    return this.#path;
  }

  /** Where changes go from now on (the store attaches it once the collection is in the database). */
  attach(path: readonly string[], sink: ChangeSink | undefined): void {
    this.#path = path;
    this.#sink = sink;
  }

  get(key: string | number): T | undefined {
    return this.#byKey.get(key);
  }

  findBy(index: string, value: IndexKey): T | undefined {
    const bucket = this.#bucket(index, value);
    return Array.isArray(bucket) ? bucket[0] : bucket;
  }

  /** Every record with that index value, in the order they were indexed. */
  allBy(index: string, value: IndexKey): readonly T[] {
    const bucket = this.#bucket(index, value);
    return bucket === undefined ? [] : Array.isArray(bucket) ? bucket : [bucket];
  }

  countBy(index: string, value: IndexKey): number {
    const bucket = this.#bucket(index, value);
    return bucket === undefined ? 0 : Array.isArray(bucket) ? bucket.length : 1;
  }

  /** The distinct values of an index with their record counts (e.g. referrals per referrer). */
  countsBy(index: string): Map<IndexKey, number> {
    const counts = new Map<IndexKey, number>();
    for (const [value, bucket] of this.#index_(index).map) counts.set(value, Array.isArray(bucket) ? bucket.length : 1);
    return counts;
  }

  override push(...records: T[]): number {
    for (const record of records) {
      const key = this.#spec.key(record);
      if (this.#byKey.has(key)) throw new Error(`${this.#path.join('.')}: a record with key ${String(key)} already exists`);
      Array.prototype.push.call(this, record);
      this.#index(record);
      this.#sink?.put(this.#path, key, record);
    }
    return this.length;
  }

  /** Change a record in place: its indexes follow and the change is logged. Returns the record. */
  update(record: T, change?: (record: T) => void): T {
    const key = this.#spec.key(record);
    if (this.#byKey.get(key) !== record) throw new Error(`${this.#path.join('.')}: record ${String(key)} is not in this collection`);
    if (change) {
      const built = [...this.#built]; // an index first built inside `change` already sees the new values
      const before = built.map((index) => index.of(record));
      change(record);
      if (this.#spec.key(record) !== key) throw new Error(`${this.#path.join('.')}: a record's key cannot change (${String(key)})`);
      let i = 0;
      for (const index of built) {
        const old = before[i++];
        const now = index.of(record);
        if (old !== now) {
          removeFrom(index.map, old, record);
          addTo(index.map, now, record);
        }
      }
    }
    this.#sink?.put(this.#path, key, record);
    return record;
  }

  /** Remove records (O(n) once for the batch); returns how many went. */
  remove(...records: T[]): number {
    const going = new Set(records.filter((record) => this.#byKey.get(this.#spec.key(record)) === record));
    if (going.size === 0) return 0;
    if (going.size <= 16) {
      // A few records: search from the end and shift only the tail after each. (Array builtins leave their fast
      // paths on a subclass, so splice or lastIndexOf would be slower than this loop: 30 ms vs a few at 1M.)
      for (const record of going) {
        let at = this.length - 1;
        while (at >= 0 && this[at] !== record) at--;
        for (let i = at; i < this.length - 1; i++) this[i] = this[i + 1];
        this.length -= 1;
      }
    } else {
      let write = 0;
      for (let read = 0; read < this.length; read++) {
        const record = this[read];
        if (going.has(record)) continue;
        this[write++] = record;
      }
      this.length = write;
    }
    for (const record of going) {
      this.#unindex(record);
      this.#sink?.del(this.#path, this.#spec.key(record), record);
    }
    return going.size;
  }

  /** Remove every record the predicate picks; returns them. */
  removeWhere(predicate: (record: T) => boolean): T[] {
    const going = this.filter(predicate);
    this.remove(...going);
    return going;
  }

  override pop(): T | undefined {
    const record = this[this.length - 1];
    if (record !== undefined) this.remove(record);
    return record;
  }

  override shift(): T | undefined {
    const record = this[0];
    if (record !== undefined) this.remove(record);
    return record;
  }

  override splice(start: number, deleteCount?: number, ...items: T[]): T[] {
    const from = start < 0 ? Math.max(this.length + start, 0) : Math.min(start, this.length);
    const count = deleteCount === undefined ? this.length - from : Math.max(0, Math.min(deleteCount, this.length - from));
    const removed = Array.prototype.slice.call(this, from, from + count) as T[];
    if (from + count === this.length) {
      // removing a tail and appending is what puts and deletes can say
      this.remove(...removed);
      this.push(...items);
      return removed;
    }
    this.remove(...removed);
    if (items.length === 0) return removed;
    for (const item of items) {
      if (this.#byKey.has(this.#spec.key(item))) throw new Error(`${this.#path.join('.')}: a record with key ${String(this.#spec.key(item))} already exists`);
    }
    Array.prototype.splice.call(this, from, 0, ...items);
    for (const item of items) this.#index(item);
    this.#sink?.whole(this.#path, this);
    return removed;
  }

  override unshift(...records: T[]): number {
    this.splice(0, 0, ...records);
    return this.length;
  }

  override sort(compare?: (a: T, b: T) => number): this {
    Array.prototype.sort.call(this, compare);
    this.#rebuild();
    this.#sink?.whole(this.#path, this);
    return this;
  }

  override reverse(): T[] {
    Array.prototype.reverse.call(this);
    this.#rebuild();
    this.#sink?.whole(this.#path, this);
    return this;
  }

  /** Replay a logged put: replace the record with that key in place, or append it. Not logged again. */
  applyPut(record: T): void {
    const existing = this.#byKey.get(this.#spec.key(record));
    if (!existing) {
      Array.prototype.push.call(this, record);
      this.#index(record);
      return;
    }
    this.#unindex(existing);
    for (const field of Object.keys(existing)) delete (existing as Record<string, unknown>)[field];
    // defined, not assigned: a logged "__proto__" key stays a plain field and never reaches the prototype
    for (const [field, value] of Object.entries(record)) Object.defineProperty(existing, field, { value, writable: true, enumerable: true, configurable: true });
    this.#index(existing);
  }

  /** Replay a logged delete. */
  applyDel(key: string | number): void {
    const existing = this.#byKey.get(key);
    if (!existing) return;
    const sink = this.#sink;
    this.#sink = undefined;
    try {
      this.remove(existing);
    } finally {
      this.#sink = sink;
    }
  }

  #index_(name: string) {
    const index = this.#indexes.get(name);
    if (!index) throw new Error(`${this.#path.join('.')}: no index "${name}"`);
    if (!index.built) {
      for (const record of this) addTo(index.map, index.of(record), record);
      index.built = true;
      this.#built.push(index);
    }
    return index;
  }

  #bucket(name: string, value: IndexKey): Bucket<T> | undefined {
    if (value === null || value === undefined) return undefined;
    return this.#index_(name).map.get(value);
  }

  #index(record: T): void {
    this.#byKey.set(this.#spec.key(record), record);
    for (const index of this.#built) addTo(index.map, index.of(record), record);
  }

  #unindex(record: T): void {
    const key = this.#spec.key(record);
    if (this.#byKey.get(key) === record) this.#byKey.delete(key);
    for (const index of this.#built) removeFrom(index.map, index.of(record), record);
  }

  #rebuild(): void {
    this.#byKey.clear();
    for (const index of this.#built) index.map.clear();
    for (const record of this) this.#index(record);
  }
}

function addTo<T>(map: Map<IndexKey, Bucket<T>>, value: IndexKey, record: T): void {
  if (value === null || value === undefined) return;
  const bucket = map.get(value);
  if (bucket === undefined) map.set(value, record);
  else if (Array.isArray(bucket)) bucket.push(record);
  else map.set(value, [bucket, record]);
}

function removeFrom<T>(map: Map<IndexKey, Bucket<T>>, value: IndexKey, record: T): void {
  if (value === null || value === undefined) return;
  const bucket = map.get(value);
  if (bucket === record) map.delete(value);
  else if (Array.isArray(bucket)) {
    const at = bucket.indexOf(record);
    if (at >= 0) bucket.splice(at, 1);
    if (bucket.length === 1) map.set(value, bucket[0]);
    else if (bucket.length === 0) map.delete(value);
  }
}

// ---- Helpers that work on a collection and on a plain array alike (rules' unit tests pass plain arrays) ----

/** The record with that key; O(1) on a collection, a scan (with `spec.key`) on a plain array. */
export function getByKey<T extends object>(list: readonly T[], spec: CollectionSpec<T>, key: string | number): T | undefined {
  if (list instanceof Collection) return (list as Collection<T>).get(key);
  return list.find((record) => spec.key(record) === key);
}

/** The first record whose index value matches; O(1) on a collection. */
export function findBy<T extends object>(list: readonly T[], spec: CollectionSpec<T>, index: string, value: IndexKey): T | undefined {
  if (value === null || value === undefined) return undefined;
  if (list instanceof Collection) return (list as Collection<T>).findBy(index, value);
  const of = indexOf(spec, index);
  return list.find((record) => of(record) === value);
}

/** Every record whose index value matches, in collection order on a plain array, indexing order on a collection. */
export function allBy<T extends object>(list: readonly T[], spec: CollectionSpec<T>, index: string, value: IndexKey): readonly T[] {
  if (value === null || value === undefined) return [];
  if (list instanceof Collection) return (list as Collection<T>).allBy(index, value);
  const of = indexOf(spec, index);
  return list.filter((record) => of(record) === value);
}

export function countBy<T extends object>(list: readonly T[], spec: CollectionSpec<T>, index: string, value: IndexKey): number {
  if (value === null || value === undefined) return 0;
  if (list instanceof Collection) return (list as Collection<T>).countBy(index, value);
  const of = indexOf(spec, index);
  let count = 0;
  for (const record of list) if (of(record) === value) count++;
  return count;
}

/** Change a record in place; on a collection its indexes follow and the change is logged. */
export function updateRecord<T extends object>(list: readonly T[], record: T, change?: (record: T) => void): T {
  if (list instanceof Collection) return (list as Collection<T>).update(record, change);
  change?.(record);
  return record;
}

/** Remove records from a collection or a plain array. */
export function removeRecords<T extends object>(list: T[], ...records: T[]): number {
  if (list instanceof Collection) return (list as Collection<T>).remove(...records);
  const going = new Set(records);
  const before = list.length;
  const kept = list.filter((record) => !going.has(record));
  list.length = 0;
  list.push(...kept);
  return before - list.length;
}

function indexOf<T>(spec: CollectionSpec<T>, index: string): (record: T) => IndexKey {
  const of = spec.indexes?.[index];
  if (!of) throw new Error(`no index "${index}"`);
  return of;
}
