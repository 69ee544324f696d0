// Keys that come from outside (tenant ids, body and query keys, error field names) must never reach a prototype.

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const PROTOTYPE_NAMES = new Set([...RESERVED, ...Object.getOwnPropertyNames(Object.prototype)]);

/** Keys refused anywhere in a request body, query or seed. */
export function isReservedKey(key: string): boolean {
  return RESERVED.has(key);
}

/** Names that a plain object already answers to (toString, valueOf, ...), refused as ids that become keys. */
export function isPrototypeName(key: string): boolean {
  return PROTOTYPE_NAMES.has(key);
}

export const TENANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Why a tenant id is unusable, or undefined when it is fine. */
export function tenantIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || !TENANT_ID_PATTERN.test(id)) return 'a tenant id is 1-64 characters of A-Z, a-z, 0-9, "_" and "-"';
  if (isPrototypeName(id)) return `"${id}" is reserved`;
  return undefined;
}

/** The first reserved key anywhere in a parsed value (bounded depth), or undefined. */
export function findReservedKey(value: unknown, maxDepth: number): string | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object' || depth > maxDepth) continue;
    for (const key of Object.keys(current)) {
      if (isReservedKey(key)) return key;
      stack.push([(current as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

/** map[key], created on first use, without ever consulting the prototype chain. */
export function ownEntry<T>(map: Record<string, T>, key: string, create: () => T): T {
  if (Object.hasOwn(map, key)) return map[key];
  if (isPrototypeName(key)) throw new Error(`refusing the reserved key "${key}"`);
  const value = create();
  map[key] = value;
  return value;
}
