import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './timestamp.js';

describe('formatTimestamp', () => {
  it('prints UTC as Year-Month-Day_Hour-Minute-Seconds with zero padding', () => {
    expect(formatTimestamp(new Date('2023-09-01T03:04:06Z'))).toBe('2023-09-01_03-04-06');
  });

  it('uses UTC, not the local zone', () => {
    expect(formatTimestamp(new Date('2023-12-31T23:59:59-02:00'))).toBe('2024-01-01_01-59-59');
  });
});
