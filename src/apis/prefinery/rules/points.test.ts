import { describe, expect, it } from 'vitest';
import { PrefineryError } from '../errors.js';
import type { Point } from '../store.js';
import { checkPointsRequest, filterPoints, parseQuantity, type PointsInput } from './points.js';
import { makeTester, NOW } from './test-records.js';

const leonard = makeTester({ email: 'Leonard@BigBangTheory.com' });
const penny = makeTester({ email: 'penny@bigbangtheory.com' });
const testers = [leonard, penny];

function codeOf(input: PointsInput): number | 'ok' {
  try {
    checkPointsRequest(input, testers, 1);
    return 'ok';
  } catch (error) {
    if (error instanceof PrefineryError) return error.code;
    throw error;
  }
}

describe('checkPointsRequest', () => {
  it('finds the tester without case and takes the quantity and reason', () => {
    const result = checkPointsRequest({ email: ' leonard@bigbangtheory.com ', quantity: 10, reason: 'share on Facebook' }, testers, 1);
    expect(result).toEqual({ tester: leonard, quantity: 10, reason: 'share on Facebook' });
    expect(checkPointsRequest({ email: 'penny@bigbangtheory.com', quantity: '3' }, testers, 1)).toEqual({ tester: penny, quantity: 3, reason: null });
  });

  it('checks in the order of the codes: 2802, 2803, 2804, then 2801', () => {
    expect(codeOf({})).toBe(2802);
    expect(codeOf({ email: '  ', quantity: 'x' })).toBe(2802);
    expect(codeOf({ email: 'nobody@x.com' })).toBe(2803);
    expect(codeOf({ email: 'penny@bigbangtheory.com' })).toBe(2804);
    expect(codeOf({ email: 'penny@bigbangtheory.com', quantity: null })).toBe(2804);
    expect(codeOf({ email: 'penny@bigbangtheory.com', quantity: '' })).toBe(2804);
    expect(codeOf({ email: 'penny@bigbangtheory.com', quantity: 0 })).toBe(2801);
  });
});

describe('parseQuantity', () => {
  it('a whole number of at least 1, as a number or as text; blank is missing; anything else is invalid', () => {
    expect([5, '5', ' 12 '].map(parseQuantity)).toEqual([5, 5, 12]);
    expect([undefined, null, '', ' '].map(parseQuantity)).toEqual([undefined, undefined, undefined, undefined]);
    expect([0, -3, 2.5, '2.5', '-1', 'ten', '0', Number.MAX_SAFE_INTEGER + 1].map(parseQuantity)).toEqual(Array(8).fill(null));
  });
});

describe('filterPoints', () => {
  const point = (id: number, user_id: number): Point => ({ id, beta_id: 1, user_id, quantity: 1, activity: 'bonus', reason: null, reward_id: null, created_at: NOW });
  it('keeps the points of the tester with the email (without case), in id order; no email keeps all', () => {
    const points = [point(2, leonard.id), point(1, penny.id), point(3, leonard.id)];
    expect(filterPoints(points, testers, 1, undefined).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(filterPoints(points, testers, 1, 'LEONARD@bigbangtheory.com').map((p) => p.id)).toEqual([2, 3]);
    expect(filterPoints(points, testers, 1, 'nobody@x.com')).toEqual([]);
  });
});
