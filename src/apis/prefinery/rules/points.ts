import { pointsSpec, testerByEmail } from '../collections.js';
import { PrefineryError } from '../errors.js';
import { inIdOrder } from '../ordered.js';
import type { components } from '../spec.gen.js';
import type { Point, Tester } from '../store.js';
import { nonBlank } from './email.js';
import { recordsOfOwner } from './rewards.js';

/** The flat body of POST /points (the spec's PointsBody). */
export type PointsInput = components['schemas']['PointsBody'];

/**
 * The documented rules of POST /points, checked in the order of their codes; the first failure is thrown:
 * 2802 email missing or blank, 2803 no tester of the beta has it (without case), 2804 quantity missing or blank,
 * 2801 a quantity that is not a whole number of at least 1 (bonus points are awarded, never taken away).
 * `testers` are the company's; the tester must be one of beta `betaId`.
 */
export function checkPointsRequest(input: PointsInput, testers: readonly Tester[], betaId: number): { tester: Tester; quantity: number; reason: string | null } {
  const email = nonBlank(input.email);
  if (email === undefined) throw PrefineryError.rule(2802);
  const tester = testerByEmail(testers, betaId, email);
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

/**
 * The beta's points the list filter keeps (email names one tester of the beta, without case), in id order. `points`
 * and `testers` are the company's. Without a filter the answer is the beta's points themselves (shared: never change it).
 */
export function filterPoints(points: readonly Point[], testers: readonly Tester[], betaId: number, email: string | undefined): readonly Point[] {
  if (email) return recordsOfOwner(points, pointsSpec, testers, betaId, email);
  return inIdOrder(points, pointsSpec, 'beta', betaId);
}
