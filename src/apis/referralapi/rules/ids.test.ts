import { describe, expect, it } from 'vitest';
import { Collection } from '../../../engine/store/collection.js';
import { actionsSpec } from '../collections.js';
import type { Action } from '../store.js';
import { nextId } from './ids.js';

const action = (id: number): Action => ({ id, created_at: '2026-01-01_00-00-00', action_type: 'VISIT', metadata: {}, referral_link_id: 1, referred_user_pk: null });

describe('nextId', () => {
  it('starts at 1', () => {
    expect(nextId(0, [], actionsSpec)).toBe(1);
  });

  it('follows the counter, not the stored records (the seed raises the counter past them)', () => {
    expect(nextId(4, [action(1)], actionsSpec)).toBe(5);
    expect(nextId(9, Collection.over(actionsSpec, [action(1), action(9)]), actionsSpec)).toBe(10);
  });

  it('skips ids a counter left behind still holds, on a collection as on an array', () => {
    expect(nextId(1, [action(1), action(2), action(3), action(9)], actionsSpec)).toBe(4);
    expect(nextId(1, Collection.over(actionsSpec, [action(2), action(3)]), actionsSpec)).toBe(4);
  });

  it('reads a counter that is not a number as 0', () => {
    expect(nextId(Number.NaN, [], actionsSpec)).toBe(1);
  });
});
