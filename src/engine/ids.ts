import { randomBytes } from 'node:crypto';
import type { IdSource } from './types.js';

const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED_ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Ids from crypto randomness, or from a seeded generator when a seed is given (repeatable tests). */
export function createIdSource(seed?: number): IdSource {
  const nextByte = seed === undefined ? cryptoBytes() : seededBytes(seed);
  const pick = (alphabet: string, n: number) => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[nextByte() % alphabet.length];
    return out;
  };
  return {
    hex: (n) => pick(HEX, n),
    digits: (n) => (n <= 0 ? '' : pick(DIGITS.slice(1), 1) + pick(DIGITS, n - 1)),
    alnum: (n, opts) => pick(opts?.upper ? UPPER_ALNUM : MIXED_ALNUM, n),
    uuid: () => {
      const h = pick(HEX, 32).split('');
      h[12] = '4';
      h[16] = HEX[(parseInt(h[16], 16) & 0x3) | 0x8];
      const s = h.join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
  };
}

function cryptoBytes(): () => number {
  let pool = randomBytes(256);
  let at = 0;
  return () => {
    if (at >= pool.length) {
      pool = randomBytes(256);
      at = 0;
    }
    return pool[at++];
  };
}

/** mulberry32: tiny, fast, good enough to make fixtures, tests and benchmark data repeat. Unsigned 32-bit values. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function seededBytes(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() & 0xff;
}
