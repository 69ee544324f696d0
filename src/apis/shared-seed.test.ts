import { describe, expect, it } from 'vitest';
import { cleanCopy } from './shared-seed.js';

describe('cleanCopy (every seeded record goes through it)', () => {
  it('drops prototype keys at the top, keeps nested "__proto__" as plain data, and shares nothing with the item', () => {
    const item = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 2, "name": "a", "meta": {"__proto__": {"x": 1}, "tags": ["t", {"deep": true}]}, "when": null}');
    const copy = cleanCopy(item);
    expect(Object.keys(copy)).toEqual(['name', 'meta', 'when']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    const meta = copy.meta as Record<string, unknown>;
    expect(Object.getPrototypeOf(meta)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(meta, '__proto__')?.value).toEqual({ x: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    (meta.tags as unknown[]).push('new');
    expect(item.meta.tags).toHaveLength(2);
  });

  it('copies values JSON does not make (a Date from code) as structuredClone does', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const copy = cleanCopy({ at, list: [at] });
    expect(copy.at).toEqual(at);
    expect(copy.at).not.toBe(at);
    expect((copy.list as Date[])[0]).toBeInstanceOf(Date);
  });
});
