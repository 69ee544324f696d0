import { PrefineryError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Point, Tester } from '../store.js';
import { nonBlank, normalizeEmail } from './email.js';
import { ownerIds } from './rewards.js';

/** The flat body of POST /points (the spec's PointsBody). */
export type PointsInput = components['schemas']['PointsBody'];

/**
 * The documented rules of POST /points, checked in the order of their codes; the first failure is thrown:
 * 2802 email missing or blank, 2803 no tester of the beta has it (without case), 2804 quantity missing or blank,
 * 2801 a quantity that is not a whole number of at least 1 (bonus points are awarded, never taken away).
 * `testers` are the beta's testers.
 */
export function checkPointsRequest(input: PointsInput, testers: Tester[]): { tester: Tester; quantity: number; reason: string | null } {
  const email = nonBlank(input.email);
  if (email === undefined) throw PrefineryError.rule(2802);
  const wanted = normalizeEmail(email);
  const tester = testers.find((t) => normalizeEmail(t.email) === wanted);
  if (!tester) throw PrefineryError.rule(2803);
  const quantity = parseQuantity(input.quantity);
  if (quantity === undefined) throw PrefineryError.rule(2804);
  if (quantity === null) throw PrefineryError.rule(2801);
  return { tester, quantity, reason: input.reason ?? null };
}

/** undefined: missing or blank; null: not a whole number of at least 1; else the number (form bodies send text). */
export function parseQuantity(value: PointsInput['quantity']): number | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    return /^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text)) ? Number(text) : null;
  }
  return Number.isSafeInteger(value) && value >= 1 ? value : null;
}

/** The points the list filter keeps (email names one tester of the beta, without case), in id order. */
export function filterPoints(points: Point[], testers: Tester[], email: string | undefined): Point[] {
  const owner = email ? ownerIds(testers, email) : undefined;
  return points.filter((p) => owner === undefined || owner.has(p.user_id)).sort((a, b) => a.id - b.id);
}
