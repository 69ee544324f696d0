import { describe, expect, it } from 'vitest';
import { nextId } from './ids.js';

describe('nextId', () => {
  it('starts at 1', () => {
    expect(nextId(0, [])).toBe(1);
  });

  it('follows the counter', () => {
    expect(nextId(4, [{ id: 1 }])).toBe(5);
  });

  it('skips past records a seed added without moving the counter', () => {
    expect(nextId(1, [{ id: 1 }, { id: 9 }])).toBe(10);
  });
});
