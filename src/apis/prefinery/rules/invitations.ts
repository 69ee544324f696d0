import { allBy } from '../../../engine/store/collection.js';
import { friendInvitationsSpec, sentKey, testerByEmail } from '../collections.js';
import { PrefineryError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Beta, FriendInvitation, Tester } from '../store.js';
import { isValidEmail, nonBlank, normalizeEmail } from './email.js';
import { canSendInvitations } from './tester-status.js';

export function allowanceOf(tester: Pick<Tester, 'friend_invitations_allowed'>, beta: Pick<Beta, 'friend_invitations_allowed'>): number {
  return tester.friend_invitations_allowed ?? beta.friend_invitations_allowed;
}

export function remainingInvitations(tester: Pick<Tester, 'friend_invitations_allowed' | 'friend_invitations_count'>, beta: Pick<Beta, 'friend_invitations_allowed'>): number {
  return Math.max(0, allowanceOf(tester, beta) - tester.friend_invitations_count);
}

/** The `friend_invitation` object of the request body (the spec's FriendInvitationBody). */
export type InvitationInput = NonNullable<components['schemas']['FriendInvitationBody']['friend_invitation']>;
export type InvitationRequest = Pick<InvitationInput, 'sender_email' | 'recipient_email'>;

export interface InvitationContext {
  beta: Beta;
  /** The company's testers (only the beta's are looked at, through the indexes). */
  testers: readonly Tester[];
  /** The company's friend invitations (likewise). */
  invitations: readonly FriendInvitation[];
}

/**
 * Every documented rule, checked in the order of its code (2502 before 2503, ...); the first failure is thrown.
 * Returns the sender, the recipient email as sent and normalised, when the invitation may go out.
 */
export function checkFriendInvitation(
  request: InvitationRequest,
  { beta, testers, invitations }: InvitationContext,
): { sender: Tester; recipient: string; recipientEmail: string } {
  if (!beta.invite_system_enabled) throw PrefineryError.rule(2502);
  const senderAsSent = nonBlank(request.sender_email);
  if (senderAsSent === undefined) throw PrefineryError.rule(2503);
  const senderEmail = normalizeEmail(senderAsSent);
  const sender = testerByEmail(testers, beta.id, senderEmail);
  if (!sender) throw PrefineryError.rule(2504);
  if (!canSendInvitations(sender.status)) throw PrefineryError.rule(2505);
  const recipient = nonBlank(request.recipient_email);
  if (recipient === undefined) throw PrefineryError.rule(2506);
  const recipientEmail = normalizeEmail(recipient);
  if (recipientEmail === senderEmail) throw PrefineryError.rule(2507);
  if (remainingInvitations(sender, beta) <= 0) throw PrefineryError.rule(2508);
  if (isAlreadyInvited(beta.id, sender, recipientEmail, testers, invitations)) throw PrefineryError.rule(2509);
  if (!isValidEmail(recipientEmail)) throw PrefineryError.rule(2510);
  return { sender, recipient, recipientEmail };
}

// The sender invited this email before, or the person is already a tester of the beta (a second tester with the
// same email cannot exist, and "already invited" is the closest documented answer).
function isAlreadyInvited(betaId: number, sender: Tester, recipientEmail: string, testers: readonly Tester[], invitations: readonly FriendInvitation[]): boolean {
  const sent = allBy(invitations, friendInvitationsSpec, 'sent', sentKey(betaId, sender.id, recipientEmail));
  return sent.some((i) => i.beta_id === betaId && i.inviter_id === sender.id && i.recipient_email === recipientEmail) || testerByEmail(testers, betaId, recipientEmail) !== undefined;
}
