import type { HandlerContext } from '../../../engine/types.js';
import type { Beta, PrefineryState, Tester } from '../store.js';

// The emails Prefinery would send, recorded in the sandbox outbox instead.

type Ctx = HandlerContext<PrefineryState>;

export function sendFriendInvitationEmail(ctx: Ctx, beta: Beta, sender: Tester, invitee: Tester, message: string | null, invitationId: number): void {
  const lines = [`${sender.email} has invited you to join ${beta.name}.`, ''];
  if (message) lines.push(message, '');
  lines.push(`Your invitation code: ${invitee.invitation_code}`);
  if (beta.homepage_url) lines.push(beta.homepage_url);
  ctx.sendEmail({
    to: invitee.email,
    from: sender.email,
    subject: `${sender.email} invited you to ${beta.name}`,
    body: lines.join('\n'),
    data: {
      template: 'invite_a_friend',
      beta_id: beta.id,
      friend_invitation_id: invitationId,
      sender_email: sender.email,
      recipient_email: invitee.email,
      message,
      invitation_code: invitee.invitation_code,
    },
  });
}

/**
 * Status emails: `unconfirmed` sends the double opt-in confirmation, `invited` the invitation with its code,
 * `rejected` the rejection.
 */
export function sendStatusEmail(ctx: Ctx, beta: Beta, tester: Tester): void {
  if (tester.status === 'unconfirmed') {
    ctx.sendEmail({
      to: tester.email,
      subject: `Please confirm your request to join ${beta.name}`,
      body: `Thanks for your interest in ${beta.name}. Please confirm your email address to complete your request.\n\n${beta.share_host}/confirm/${tester.share_status_check}`,
      data: { template: 'opt_in_confirmation', beta_id: beta.id, tester_id: tester.id },
    });
  } else if (tester.status === 'invited') {
    ctx.sendEmail({
      to: tester.email,
      subject: `You're invited to ${beta.name}`,
      body: `You have been invited to ${beta.name}.\n\nYour invitation code: ${tester.invitation_code}`,
      data: { template: 'invitation', beta_id: beta.id, tester_id: tester.id, invitation_code: tester.invitation_code },
    });
  } else if (tester.status === 'rejected') {
    ctx.sendEmail({
      to: tester.email,
      subject: `Your request to join ${beta.name}`,
      body: `Thank you for your interest in ${beta.name}. We are unable to invite you at this time.`,
      data: { template: 'rejection', beta_id: beta.id, tester_id: tester.id },
    });
  }
}
