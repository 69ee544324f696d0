import { checkFriendInvitation, type InvitationInput } from '../rules/invitations.js';
import { buildTester } from '../rules/new-tester.js';
import { presentFriendInvitation } from '../rules/present.js';
import { formatTimestamp } from '../rules/time.js';
import { takeNextId, type FriendInvitation } from '../store.js';
import { addTester, changeTester } from '../writes.js';
import { sendFriendInvitationEmail } from './emails.js';
import { emitReferralEvent, emitTesterEvent } from './events.js';
import type { H } from './handler.js';
import { findBeta } from './lookup.js';
import { settleRewards } from './rewards.js';

// Check every rule, then write; no await in between, so parallel requests cannot overspend an allowance.
export const createFriendInvitation: H<'createFriendInvitation'> = (req, ctx) => {
  const { state } = ctx;
  const beta = findBeta(state, req.params.beta_id);
  const input: InvitationInput = req.body?.friend_invitation ?? {};
  const { sender, recipient, recipientEmail } = checkFriendInvitation(input, { beta, testers: state.testers, invitations: state.friend_invitations });

  const now = formatTimestamp(ctx.clock.now());
  const invitee = buildTester(
    takeNextId(state, 'tester', state.testers),
    { beta_id: beta.id, email: recipient, status: 'invited', referred_by_id: sender.id, referred_via: 'friend_invitation' },
    now,
    ctx.ids,
  );
  const invitation: FriendInvitation = {
    id: takeNextId(state, 'friend_invitation', state.friend_invitations),
    beta_id: beta.id,
    inviter_id: sender.id,
    invitee_id: invitee.id,
    recipient_email: recipientEmail,
    message: input.message ?? null,
    created_at: now,
  };
  addTester(state, invitee);
  state.friend_invitations.push(invitation);
  changeTester(state, sender, (t) => {
    t.friend_invitations_count += 1;
    t.updated_at = now;
  });
  sendFriendInvitationEmail(ctx, beta, sender, invitee, invitation.message, invitation.id);
  // The invitee is a new tester, the inviter's counters moved, and the invitee came through the inviter.
  emitTesterEvent(ctx, 'tester_created', beta, invitee);
  emitTesterEvent(ctx, 'tester_updated', beta, sender);
  emitReferralEvent(ctx, beta, sender, invitee, invitation.id);
  settleRewards(ctx, beta, invitee); // a rule that counts friend invitations on signup
  return { status: 201, body: presentFriendInvitation(invitation, sender, invitee, beta, state.testers) };
};
