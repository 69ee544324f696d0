// Building blocks of the vendors' seed functions (fixtures, scenario files, POST /__sandbox/seed).
//
// A seed never repairs or drops what it does not understand: a collection that is not an array, an item that is
// not a record, an unknown top-level key or a field of the wrong type is copied onto the state as sent, so the
// vendor's state schema refuses the whole seed with the path of the problem instead of a later request failing.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isPlainObject, mergeInto } from '../engine/store/merge.js';

export type SeedRecord = Record<string, unknown>;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A deep copy of a seed record without prototype keys, to lay over a record's defaults. */
export function cleanCopy(item: SeedRecord): SeedRecord {
  const copy: SeedRecord = {};
  for (const key of Object.keys(item)) if (!FORBIDDEN.has(key)) copy[key] = copyValue(item[key]);
  return copy;
}

/**
 * A deep copy of what a seed can hold. A seed copies every record it adds (1M for a large generated batch), and this
 * is about five times faster than structuredClone on small records. A nested "__proto__" stays an own data property,
 * as structuredClone keeps it.
 */
function copyValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyValue);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value); // a Date, a Map: as before
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key === '__proto__') Object.defineProperty(copy, key, { value: copyValue(record[key]), enumerable: true, writable: true, configurable: true });
    else copy[key] = copyValue(record[key]);
  }
  return copy;
}

export interface CollectionSeed {
  /** Is `existing` the record the seed item names? Existing records are merged field by field (mergeInto). */
  matches(existing: SeedRecord, item: SeedRecord): boolean;
  /**
   * The value `matches` compares, when it is one value (an id, a lower-cased email): the merge then finds records
   * through a map, in linear time, instead of comparing every item with every record. Undefined: no match possible.
   */
  keyOf?(record: SeedRecord): unknown;
  /** A new record: the item completed with the vendor's defaults. `list` is the collection so far (for ids). */
  complete(item: SeedRecord, list: unknown[]): unknown;
  /** Merge `item` into the record it names; default mergeInto (field by field). */
  merge?(existing: SeedRecord, item: SeedRecord): void;
}

/**
 * Seed one collection. An array upserts its records in order (items that are not records are pushed as they are);
 * any other value replaces the collection as it is. Either way, what is wrong is left for the schema to name.
 */
export function seedCollection(state: object, key: string, incoming: unknown, how: CollectionSeed): void {
  const list = listToSeed(state, key, incoming);
  if (!list || !Array.isArray(incoming)) return;
  const byKey = how.keyOf ? indexRecords(list, how.keyOf) : undefined;
  for (const item of incoming) {
    if (!isPlainObject(item)) {
      list.push(structuredClone(item));
      continue;
    }
    const existing = byKey ? lookUp(byKey, how.keyOf!(item), item, how) : list.find((record) => isPlainObject(record) && how.matches(record, item));
    if (existing) {
      (how.merge ?? mergeInto)(existing as SeedRecord, item);
      continue;
    }
    const created = how.complete(item, list);
    list.push(created);
    if (byKey && isPlainObject(created)) addToIndex(byKey, how.keyOf!(created), created);
  }
}

function indexRecords(list: unknown[], keyOf: (record: SeedRecord) => unknown): Map<unknown, SeedRecord[]> {
  const byKey = new Map<unknown, SeedRecord[]>();
  for (const record of list) if (isPlainObject(record)) addToIndex(byKey, keyOf(record), record);
  return byKey;
}

function addToIndex(byKey: Map<unknown, SeedRecord[]>, key: unknown, record: SeedRecord): void {
  if (key === undefined) return;
  const bucket = byKey.get(key);
  if (bucket) bucket.push(record);
  else byKey.set(key, [record]);
}

/** The first record with the item's key that `matches` also accepts (the key narrows, `matches` decides). */
function lookUp(byKey: Map<unknown, SeedRecord[]>, key: unknown, item: SeedRecord, how: CollectionSeed): SeedRecord | undefined {
  if (key === undefined) return undefined;
  return byKey.get(key)?.find((record) => how.matches(record, item));
}

/**
 * The collection a seed's array is merged into (created empty when missing), or undefined when there is nothing to
 * merge: no value, or a value that is not an array, which replaces the collection as sent (for the schema to judge).
 */
export function listToSeed(state: object, key: string, incoming: unknown): unknown[] | undefined {
  if (incoming === undefined) return undefined;
  const target = state as SeedRecord;
  if (!Array.isArray(incoming)) {
    target[key] = structuredClone(incoming);
    return undefined;
  }
  if (!Array.isArray(target[key])) target[key] = [];
  return target[key] as unknown[];
}

/** Seed a settings object or a scalar: two objects merge field by field, anything else is assigned as sent. */
export function seedValue(state: object, key: string, incoming: unknown): void {
  if (incoming === undefined) return;
  const target = state as SeedRecord;
  if (isPlainObject(target[key]) && isPlainObject(incoming)) mergeInto(target[key] as SeedRecord, incoming);
  else target[key] = structuredClone(incoming);
}

/** Top-level keys the vendor does not know are copied too, so the schema (additionalProperties: false) names a typo. */
export function seedUnknownKeys(state: object, data: SeedRecord, known: readonly string[]): void {
  for (const [key, value] of Object.entries(data)) {
    if (!known.includes(key) && !FORBIDDEN.has(key) && value !== undefined) (state as SeedRecord)[key] = structuredClone(value);
  }
}

/** Same id, compared strictly (an id of the wrong type never matches, so it reaches the schema on a new record). */
export const sameId = (existing: SeedRecord, item: SeedRecord) => item.id !== undefined && existing.id === item.id;

/** The well-formed records of a collection (a seed may have left anything there, for the schema to refuse). */
export function recordsOf<T extends object>(list: T[]): T[] {
  return Array.isArray(list) ? (list.filter((r) => isPlainObject(r)) as T[]) : [];
}

/** The highest integer id in a collection, ignoring anything malformed (the schema reports that). */
export function highestId(list: unknown[]): number {
  let highest = 0;
  for (const record of list) {
    if (isPlainObject(record) && typeof record.id === 'number' && Number.isFinite(record.id) && record.id > highest) highest = record.id;
  }
  return highest;
}

const validators = new WeakMap<object, ValidateFunction>();

/**
 * The errors of `state` against a vendor's state schema, checked as the engine checks a seeded copy (ajv 2020,
 * formats, defaults applied), or null when it passes. Used by the vendors' tests.
 */
export function stateSchemaErrors(schema: Record<string, unknown>, state: unknown): ErrorObject[] | null {
  let validate = validators.get(schema);
  if (!validate) {
    const ajv = new Ajv2020({ strict: false, allErrors: false, useDefaults: true });
    addFormats(ajv);
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate(state) ? null : (validate.errors ?? []);
}
