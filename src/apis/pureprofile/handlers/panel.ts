// Panel layer (Bearer access token): refer friends and read the account.
import { findBy } from '../../../engine/store/collection.js';
import type { Handler } from '../../../engine/types.js';
import { inPanel, panelistCollection, referralCollection } from '../collections.js';
import { countInvited, presentAccount } from '../rules/account.js';
import { checkEmailLimit, classifyReferrals } from '../rules/refer-friends.js';
import type { operations } from '../spec.gen.js';
import type { PureprofileState } from '../store.js';
import { findCaller } from './caller.js';

type H<K extends keyof operations> = Handler<operations[K], PureprofileState>;

const SENDER = 'Pureprofile <no-reply@pureprofile.com>';

export const referFriends: H<'referFriends'> = (req, ctx) => {
  const { emails } = req.body;
  const { panelist, panel } = findCaller(ctx);
  checkEmailLimit(emails.length, panel.max_referral_emails);

  // One index probe per address (the request carries at most max_referral_emails), whatever the panel's size.
  const { panelists, referrals } = ctx.state;
  const outcome = classifyReferrals(emails, {
    senderEmail: panelist.email,
    panelistEmails: { has: (email) => findBy(panelists, panelistCollection, 'panel_email', inPanel(panel.id, email)) !== undefined },
    invitedEmails: { has: (email) => findBy(referrals, referralCollection, 'panel_email', inPanel(panel.id, email)) !== undefined },
  });

  const now = ctx.clock.now().toISOString();
  for (const email of outcome.invited) {
    const referral = { id: ctx.ids.uuid(), panel_id: panel.id, referrer_id: panelist.id, email, created_at: now };
    ctx.state.referrals.push(referral);
    ctx.sendEmail({
      to: email.trim(),
      from: SENDER,
      subject: `${panelist.first_name} invited you to join ${panel.name}`,
      body: `${panelist.first_name} ${panelist.last_name} thinks you would enjoy ${panel.name}: join, take surveys and earn rewards.`,
      data: { referral_id: referral.id, panel_id: panel.id, referrer_id: panelist.id },
    });
  }

  const { invited, failed } = outcome;
  return { status: 200, body: { message: 'success', data: { invited_count: invited.length, invited, failed_count: failed.length, failed } } };
};

export const getAccount: H<'getAccount'> = (_req, ctx) => {
  const { panelist } = findCaller(ctx);
  return { status: 200, body: { message: 'success', data: presentAccount(panelist, countInvited(ctx.state.referrals, panelist.id)) } };
};
