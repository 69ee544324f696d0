import { describe, expect, it } from 'vitest';
import { newHolderId } from './ids.js';

describe('newHolderId', () => {
  it('is rh_ and 18 hex characters', () => {
    expect(newHolderId(new Date('2026-01-05T10:00:00Z'), 1)).toMatch(/^rh_[0-9a-f]{18}$/);
  });

  it('sorts by creation time, then by sequence within one millisecond', () => {
    const now = new Date('2026-01-05T10:00:00Z');
    const earlier = newHolderId(new Date('2025-12-31T00:00:00Z'), 99);
    const first = newHolderId(now, 5);
    const second = newHolderId(now, 6);
    expect([second, first, earlier].sort()).toEqual([earlier, first, second]);
  });
});
