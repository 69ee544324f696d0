// Seeding merges records by id field by field, like the engine default, but a field's new value always
// replaces the old one: the engine's default appends to arrays, which would turn a seeded
// `locales: ["DUT-BE"]` into the old locales plus DUT-BE, and a panel's locales are a set to replace.
import { isPlainObject } from '../../engine/store/merge.js';
import type { PureprofileState } from './store.js';

const COLLECTIONS = ['panels', 'panelists', 'tokens', 'referrals'] as const;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function seedPureprofile(state: PureprofileState, data: unknown): void {
  if (!isPlainObject(data)) return;
  for (const name of COLLECTIONS) {
    const incoming = data[name];
    if (!Array.isArray(incoming)) continue;
    const list = state[name] as unknown as Record<string, unknown>[];
    for (const record of incoming) if (isPlainObject(record)) upsertRecord(list, record);
  }
}

function upsertRecord(list: Record<string, unknown>[], record: Record<string, unknown>): void {
  const existing = record.id === undefined ? undefined : list.find((x) => x.id === record.id);
  const target = existing ?? {};
  for (const [key, value] of Object.entries(record)) if (!FORBIDDEN.has(key)) target[key] = structuredClone(value);
  if (!existing) list.push(target);
}
