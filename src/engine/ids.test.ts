import { describe, expect, it } from 'vitest';
import { createIdSource } from './ids.js';

describe('id sources', () => {
  it('repeat for the same seed and differ across seeds', () => {
    const a = createIdSource(42);
    const b = createIdSource(42);
    const c = createIdSource(43);
    const draw = (s: ReturnType<typeof createIdSource>) => [s.hex(8), s.alnum(8, { upper: true }), s.uuid(), s.digits(6)];
    expect(draw(a)).toEqual(draw(b));
    expect(draw(createIdSource(42))).not.toEqual(draw(c));
  });

  it('produce the promised shapes', () => {
    const ids = createIdSource();
    expect(ids.hex(18)).toMatch(/^[0-9a-f]{18}$/);
    expect(ids.alnum(8, { upper: true })).toMatch(/^[A-Z0-9]{8}$/);
    expect(ids.digits(18)).toMatch(/^[1-9]\d{17}$/);
    expect(ids.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
