import { describe, expect, it } from 'vitest';
import { PureprofileError } from '../errors.js';
import { checkEmailLimit, classifyReferrals, type ReferralContext } from './refer-friends.js';

const context: ReferralContext = {
  senderEmail: 'Me@Example.com',
  panelistEmails: new Set(['member@example.com']),
  invitedEmails: new Set(['old@example.com']),
};

describe('checkEmailLimit', () => {
  it('accepts up to the limit', () => {
    expect(() => checkEmailLimit(10, 10)).not.toThrow();
  });

  it('refuses one over the limit with a 422 naming the limit', () => {
    try {
      checkEmailLimit(11, 10);
      expect.unreachable();
    } catch (error) {
      if (!(error instanceof PureprofileError)) throw error;
      expect(error.status).toBe(422);
      expect(error.message).toContain('10');
      expect(error.errors).toEqual([{ field: 'emails', message: 'max 10' }]);
    }
  });
});

describe('classifyReferrals', () => {
  it('invites fresh valid addresses in request order', () => {
    const out = classifyReferrals(['a@example.com', 'b@example.org'], context);
    expect(out).toEqual({ invited: ['a@example.com', 'b@example.org'], failed: [], reasons: [] });
  });

  it('fails invalid addresses', () => {
    const out = classifyReferrals(['not-an-email', 'bob@', 'two words@example.com', ''], context);
    expect(out.invited).toEqual([]);
    expect(out.reasons).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
  });

  it('fails panelists of the panel, earlier invitations and the sender, case-insensitively', () => {
    const out = classifyReferrals(['MEMBER@example.com', 'old@Example.com', 'me@example.com'], context);
    expect(out.failed).toEqual(['MEMBER@example.com', 'old@Example.com', 'me@example.com']);
    expect(out.reasons).toEqual(['panelist', 'already_invited', 'self']);
  });

  it('invites the first of a repeated address and fails the rest', () => {
    const out = classifyReferrals(['x@example.com', ' X@example.com', 'x@example.com'], context);
    expect(out.invited).toEqual(['x@example.com']);
    expect(out.failed).toEqual([' X@example.com', 'x@example.com']);
    expect(out.reasons).toEqual(['duplicate', 'duplicate']);
  });

  it('puts every address in exactly one list', () => {
    const emails = ['a@example.com', 'bad', 'a@example.com', 'member@example.com', 'c@example.com'];
    const out = classifyReferrals(emails, context);
    expect(out.invited.length + out.failed.length).toBe(emails.length);
    expect(out.invited).toEqual(['a@example.com', 'c@example.com']);
  });

  it('does not treat anything as self when the sender has no address', () => {
    const out = classifyReferrals(['me@example.com'], { ...context, senderEmail: null });
    expect(out.invited).toEqual(['me@example.com']);
  });
});
