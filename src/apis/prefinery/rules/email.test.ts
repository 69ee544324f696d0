import { describe, expect, it } from 'vitest';
import { isValidEmail, nonBlank, normalizeEmail } from './email.js';

describe('email rules', () => {
  it('accepts ordinary addresses and refuses ones without @, domain dot or with spaces', () => {
    expect(isValidEmail('sheldon@bigbangtheory.com')).toBe(true);
    expect(isValidEmail(' a.b+c@x.co ')).toBe(true);
    for (const bad of ['sheldon', 'sheldon@caltech', 'a b@x.com', '@x.com', 'a@@x.com']) expect(isValidEmail(bad)).toBe(false);
  });

  it('compares emails trimmed and lower-cased', () => {
    expect(normalizeEmail('  Leonard@BigBang.com ')).toBe('leonard@bigbang.com');
  });

  it('treats missing, null and whitespace as blank', () => {
    expect([undefined, null, '', '  '].map(nonBlank)).toEqual([undefined, undefined, undefined, undefined]);
    expect(nonBlank(' x ')).toBe(' x ');
  });
});
