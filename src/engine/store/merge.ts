// The default seed merge: arrays of records with `id` are upserted field by field, other arrays are replaced,
// objects merge, scalars replace.
// So a seed of {betas: [{id: 1, invite_system_enabled: false}]} flips one setting and keeps the rest.

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, incoming] of Object.entries(source)) {
    if (FORBIDDEN.has(key)) continue;
    const current = target[key];
    if (Array.isArray(current) && Array.isArray(incoming) && incoming.every((item) => isPlainObject(item) && item.id !== undefined)) {
      for (const item of incoming) upsert(current, item);
    } else if (isPlainObject(current) && isPlainObject(incoming)) {
      mergeInto(current, incoming);
    } else {
      target[key] = structuredClone(incoming);
    }
  }
}

function upsert(list: unknown[], item: Record<string, unknown>): void {
  const existing = list.find((x) => isPlainObject(x) && x.id === item.id);
  if (existing) mergeInto(existing as Record<string, unknown>, item);
  else list.push(structuredClone(item));
}
