// Referral codes: 8 upper-case alphanumerics (ABC623KC), unique within the organisation.

export const REFERRAL_CODE_LENGTH = 8;
const MAX_ATTEMPTS = 50;

/**
 * Draw codes until one is free. 36^8 codes against at most 25,000 links: a retry is rare, fifty in a row means a
 * broken source. `taken` answers in O(1): a Set, or the links' code index (lookup.ts isReferralCodeTaken).
 */
export function pickUniqueReferralCode(taken: { has(code: string): boolean }, draw: () => string): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const code = draw();
    if (!taken.has(code)) return code;
  }
  throw new Error(`no free referral code after ${MAX_ATTEMPTS} attempts`);
}

/** Codes are upper-case only, so a code typed in lower case (e.g. copied from a lower-cased URL) still matches. */
export function normaliseReferralCode(code: string): string {
  return code.trim().toUpperCase();
}
