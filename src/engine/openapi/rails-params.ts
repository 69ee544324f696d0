// Rack/Rails parameter handling, for a vendor served by Rails (Prefinery): what such an API does with the values a
// client sends before its own rules see them, so the sandbox accepts what the real API accepts.
//   - A query key repeated without [] keeps its last value (Rack's parser): `?api_key=K&api_key=K` is K.
//   - JSON body strings become the attribute's type (ActiveModel casting): "12" for an integer is 12, "1.5" for a
//     number is 1.5, and "true"/"1"/"false"/"0"/"f"/"off"... for a boolean are booleans. Anything else is left as
//     sent, for the schema to refuse as before.
import type { OpenApiDocument } from './load-spec.js';
import { resolveRef } from './load-spec.js';

type Schema = Record<string, unknown>;

/** Collapse `key=a&key=b` to its last value; `key[]=a&key[]=b` stays a list. Mutates and returns `query`. */
export function keepLastQueryValues(search: string, query: Record<string, unknown>): Record<string, unknown> {
  const text = search.startsWith('?') ? search.slice(1) : search;
  const bare = new Map<string, number>();
  for (const pair of text.split('&')) {
    const key = decode(pair.split('=')[0]);
    if (key !== '' && !key.includes('[')) bare.set(key, (bare.get(key) ?? 0) + 1);
  }
  for (const [key, count] of bare) {
    const value = query[key];
    if (count > 1 && Array.isArray(value) && value.length === count) query[key] = value[value.length - 1];
  }
  return query;
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

// ActiveModel::Type::Boolean: these strings are false; any other non-empty string is true.
const FALSE_STRINGS = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False', 'off', 'OFF', 'Off']);
const TRUE_STRINGS = new Set(['1', 't', 'T', 'true', 'TRUE', 'True', 'on', 'ON', 'On']);

/** Cast the string values of a JSON body to the types its schema gives them, in place. */
export function castRailsStrings(doc: OpenApiDocument, schema: unknown, value: unknown, depth = 0): unknown {
  if (depth > 32 || schema === undefined || schema === null) return value;
  const resolved = resolveRef<Schema>(doc, schema as Schema);
  for (const part of (resolved.allOf as unknown[] | undefined) ?? []) value = castRailsStrings(doc, part, value, depth + 1);
  if (typeof value === 'string') return castString(value, typesOf(resolved));
  if (Array.isArray(value)) {
    if (resolved.items) for (let i = 0; i < value.length; i++) value[i] = castRailsStrings(doc, resolved.items, value[i], depth + 1);
    return value;
  }
  if (value !== null && typeof value === 'object' && resolved.properties) {
    const record = value as Record<string, unknown>;
    for (const [key, property] of Object.entries(resolved.properties as Record<string, unknown>)) {
      if (Object.hasOwn(record, key)) record[key] = castRailsStrings(doc, property, record[key], depth + 1);
    }
  }
  return value;
}

function typesOf(schema: Schema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

function castString(value: string, types: string[]): unknown {
  if (types.length === 0 || types.includes('string')) return value; // a string is welcome as it is
  const trimmed = value.trim();
  if (trimmed === '' && types.includes('null')) return null; // Rails casts a blank number or boolean to nil
  if (types.includes('integer') && /^[+-]?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed))) return Number(trimmed);
  if (types.includes('number') && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  if (types.includes('boolean')) {
    if (FALSE_STRINGS.has(trimmed)) return false;
    if (TRUE_STRINGS.has(trimmed)) return true;
  }
  return value;
}
