import { describe, expect, it } from 'vitest';
import { PrefineryError } from '../errors.js';
import type { FriendInvitation } from '../store.js';
import { checkFriendInvitation, remainingInvitations, type InvitationRequest } from './invitations.js';
import { makeBeta, makeTester, NOW } from './test-records.js';

const leonard = makeTester({ email: 'Leonard@BigBangTheory.com', status: 'active' });
const penny = makeTester({ email: 'penny@bigbangtheory.com', status: 'applied' });
const raj = makeTester({ email: 'raj@bigbangtheory.com', status: 'rejected' });
const idle = makeTester({ email: 'idle@bigbangtheory.com' }, { status: 'idle' });
const howard = makeTester({ email: 'howard@bigbangtheory.com', status: 'invited' }, { friend_invitations_count: 5 });
const testers = [leonard, penny, raj, idle, howard];
const earlier: FriendInvitation = { id: 1, beta_id: 1, inviter_id: leonard.id, invitee_id: 99, recipient_email: 'amy@bigbangtheory.com', message: null, created_at: NOW };

function codeOf(request: InvitationRequest, beta = makeBeta(), invitations: FriendInvitation[] = [earlier]): number | 'ok' {
  try {
    checkFriendInvitation(request, { beta, testers, invitations });
    return 'ok';
  } catch (error) {
    if (error instanceof PrefineryError) return error.code;
    throw error;
  }
}

const valid = { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'sheldon@bigbangtheory.com' };

describe('checkFriendInvitation', () => {
  it('lets an active sender with invitations left invite a new valid email, matching the sender without case', () => {
    const result = checkFriendInvitation({ sender_email: ' LEONARD@bigbangtheory.com ', recipient_email: 'Sheldon@BigBangTheory.com' }, { beta: makeBeta(), testers, invitations: [] });
    expect(result.sender.id).toBe(leonard.id);
    expect(result.recipientEmail).toBe('sheldon@bigbangtheory.com');
    expect(result.recipient).toBe('Sheldon@BigBangTheory.com');
  });

  it('2502 when the beta has the invite-a-friend system off, before any other rule', () => {
    expect(codeOf({}, makeBeta({ invite_system_enabled: false }))).toBe(2502);
  });

  it('2503 when the sender email is missing, null or blank', () => {
    expect(codeOf({ recipient_email: 'x@y.com' })).toBe(2503);
    expect(codeOf({ sender_email: null })).toBe(2503);
    expect(codeOf({ sender_email: '   ' })).toBe(2503);
  });

  it('2504 when no tester of the beta has the sender email', () => {
    expect(codeOf({ sender_email: 'stranger@example.com' })).toBe(2504);
  });

  it('2505 when the sender is applied or rejected; invited, active and idle may invite', () => {
    expect(codeOf({ ...valid, sender_email: penny.email })).toBe(2505);
    expect(codeOf({ ...valid, sender_email: raj.email })).toBe(2505);
    expect(codeOf({ ...valid, sender_email: idle.email })).toBe('ok');
  });

  it('2506 when the recipient email is missing or blank', () => {
    expect(codeOf({ sender_email: leonard.email })).toBe(2506);
    expect(codeOf({ sender_email: leonard.email, recipient_email: '' })).toBe(2506);
  });

  it('2507 when the recipient is the sender, whatever the case', () => {
    expect(codeOf({ sender_email: leonard.email, recipient_email: 'LEONARD@bigbangtheory.COM' })).toBe(2507);
  });

  it('2508 when the sender has used every invitation', () => {
    expect(codeOf({ ...valid, sender_email: howard.email })).toBe(2508);
  });

  it('2509 when the sender invited this email before, or the recipient is already a tester', () => {
    expect(codeOf({ ...valid, recipient_email: 'AMY@bigbangtheory.com' })).toBe(2509);
    expect(codeOf({ ...valid, recipient_email: penny.email })).toBe(2509);
  });

  it('2510 when the recipient email is not an email', () => {
    expect(codeOf({ ...valid, recipient_email: 'sheldon-at-caltech' })).toBe(2510);
  });

  it('checks in code order: 2508 wins over 2509 and 2510, 2505 over 2506', () => {
    expect(codeOf({ sender_email: howard.email, recipient_email: 'not an email' })).toBe(2508);
    expect(codeOf({ sender_email: penny.email })).toBe(2505);
  });
});

describe('remainingInvitations', () => {
  it('uses the tester allowance when set, else the beta default, never below zero', () => {
    const beta = makeBeta({ friend_invitations_allowed: 5 });
    expect(remainingInvitations({ friend_invitations_allowed: null, friend_invitations_count: 2 }, beta)).toBe(3);
    expect(remainingInvitations({ friend_invitations_allowed: 10, friend_invitations_count: 2 }, beta)).toBe(8);
    expect(remainingInvitations({ friend_invitations_allowed: 1, friend_invitations_count: 4 }, beta)).toBe(0);
  });
});
