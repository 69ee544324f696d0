import { describe, expect, it } from 'vitest';
import { generateCode, generateUniqueCode } from './codes.js';

const first = () => 0;

describe('generateCode', () => {
  it('uses length 8 and the alphanumeric charset by default', () => {
    expect(generateCode({}, first)).toBe('00000000');
  });

  it('wraps the body in prefix and postfix with the given charset and length', () => {
    expect(generateCode({ prefix: 'REF-', postfix: '-X', charset: 'AB', length: 3 }, first)).toBe('REF-AAA-X');
  });

  it('fills a pattern, keeping its literal characters', () => {
    let i = 0;
    expect(generateCode({ pattern: 'RF-##-#', charset: 'XYZ' }, () => i++ % 3)).toBe('RF-XY-Z');
  });
});

describe('generateUniqueCode', () => {
  it('skips codes already taken', () => {
    let i = 0;
    expect(generateUniqueCode({ charset: 'AB', length: 1 }, () => i++ % 2, (c) => c === 'A')).toBe('B');
  });

  it('gives up when the charset is exhausted', () => {
    expect(generateUniqueCode({ charset: 'A', length: 1 }, first, () => true)).toBeUndefined();
  });
});
