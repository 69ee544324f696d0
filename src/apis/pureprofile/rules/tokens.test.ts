import { describe, expect, it } from 'vitest';
import { dropExpiredTokens, findActiveToken, isTokenActive, issueToken, presentToken } from './tokens.js';

const now = new Date('2026-03-01T10:00:00.000Z');

describe('issueToken', () => {
  it('expires lifetimeSeconds after now', () => {
    const token = issueToken('tok', 'p1', 3600, now);
    expect(token).toEqual({ id: 'tok', panelist_id: 'p1', issued_at: '2026-03-01T10:00:00.000Z', expires_at: '2026-03-01T11:00:00.000Z' });
  });
});

describe('isTokenActive', () => {
  const token = issueToken('tok', 'p1', 3600, now);
  it('is active until its expiry instant', () => {
    expect(isTokenActive(token, new Date('2026-03-01T10:59:59.999Z'))).toBe(true);
    expect(isTokenActive(token, new Date('2026-03-01T11:00:00.000Z'))).toBe(false);
  });
});

describe('findActiveToken', () => {
  const tokens = [issueToken('a', 'p1', 60, now), issueToken('b', 'p2', 3600, now)];
  it('finds an active token by value', () => {
    expect(findActiveToken(tokens, 'b', now)?.panelist_id).toBe('p2');
  });
  it('ignores unknown and expired tokens', () => {
    expect(findActiveToken(tokens, 'zzz', now)).toBeUndefined();
    expect(findActiveToken(tokens, 'a', new Date(now.getTime() + 61_000))).toBeUndefined();
  });
});

describe('dropExpiredTokens', () => {
  it('keeps only tokens still active', () => {
    const tokens = [issueToken('a', 'p1', 60, now), issueToken('b', 'p2', 3600, now)];
    expect(dropExpiredTokens(tokens, new Date(now.getTime() + 120_000)).map((t) => t.id)).toEqual(['b']);
  });
});

describe('presentToken', () => {
  it('shows the bare token object', () => {
    expect(presentToken(issueToken('a', 'p1', 3600, now), 3600)).toEqual({ access_token: 'a', expires_in: 3600, token_type: 'Bearer' });
  });
});
