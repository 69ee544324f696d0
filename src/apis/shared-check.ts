// Building blocks of the vendors' state checks (VendorApi.checkState): what JSON Schema cannot say about a seeded
// state, i.e. that a record's reference names a stored record and that keys the rules look records up by are unique.
// They run after the state schema has passed, so every collection is an array of records of the right shape.

/** The first problem of a state: a path below the tenant's data (".referred_users[3].referral_link_id") and why. */
export interface StateProblem {
  path: string;
  message: string;
}

type Key = string | number | null | undefined;

/**
 * The first record whose key repeats an earlier record's. `keyOf` gives the compared form (e.g. lower-cased);
 * null and undefined keys are skipped (a null id is no key). `note` explains the comparison in the message.
 */
export function duplicateKey<T>(records: readonly T[], collection: string, field: string, keyOf: (record: T) => Key, note = ''): StateProblem | undefined {
  const seen = new Map<string | number, number>();
  for (let i = 0; i < records.length; i++) {
    const key = keyOf(records[i]);
    if (key === null || key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) {
      const value = (records[i] as Record<string, unknown>)[field];
      return { path: `.${collection}[${i}].${field}`, message: `${field} ${JSON.stringify(value)} is also used by ${collection}[${first}]${note ? ` (${note})` : ''}` };
    }
    seen.set(key, i);
  }
  return undefined;
}

/**
 * The first record whose reference names no stored record. `refOf` gives the reference (null and undefined mean
 * "none" and pass); `exists` says whether it names a record, `target` how to say what it should name ("referral link").
 */
export function danglingRef<T>(records: readonly T[], collection: string, field: string, refOf: (record: T) => Key, exists: (ref: string | number) => boolean, target: string): StateProblem | undefined {
  for (let i = 0; i < records.length; i++) {
    const ref = refOf(records[i]);
    if (ref === null || ref === undefined || exists(ref)) continue;
    return { path: `.${collection}[${i}].${field}`, message: `no ${target} has id ${JSON.stringify(ref)}` };
  }
  return undefined;
}

/** The set of a collection's keys, for `danglingRef`'s `exists`. */
export function keysOf<T>(records: readonly T[], keyOf: (record: T) => Key): Set<string | number> {
  const keys = new Set<string | number>();
  for (const record of records) {
    const key = keyOf(record);
    if (key !== null && key !== undefined) keys.add(key);
  }
  return keys;
}

/** The first problem of a list of lazily run checks. */
export function firstProblem(...checks: Array<() => StateProblem | undefined>): StateProblem | undefined {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return undefined;
}
