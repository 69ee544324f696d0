import { describe, expect, it } from 'vitest';
import { normaliseReferralCode, pickUniqueReferralCode } from './referral-codes.js';

describe('pickUniqueReferralCode', () => {
  it('returns the first drawn code that is not taken', () => {
    const draws = ['ABC623KC', 'ABC623KC', 'ZZZ11111'];
    expect(pickUniqueReferralCode(new Set(['ABC623KC']), () => draws.shift()!)).toBe('ZZZ11111');
  });

  it('gives up loudly when the source keeps repeating a taken code', () => {
    expect(() => pickUniqueReferralCode(new Set(['AAAAAAAA']), () => 'AAAAAAAA')).toThrow(/no free referral code/);
  });
});

describe('normaliseReferralCode', () => {
  it('upper-cases and trims, since codes are upper-case only', () => {
    expect(normaliseReferralCode(' abc623kc ')).toBe('ABC623KC');
  });
});
