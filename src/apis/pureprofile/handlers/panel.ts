// Panel layer (Bearer access token): the engine has resolved the token to its panelist (ctx.principal.subject).
import { EngineError } from '../../../engine/errors/engine-error.js';
import type { Handler, HandlerContext } from '../../../engine/types.js';
import { countInvited, presentAccount } from '../rules/account.js';
import { normalizeEmail } from '../rules/emails.js';
import { checkEmailLimit, classifyReferrals } from '../rules/refer-friends.js';
import type { operations } from '../spec.gen.js';
import type { Panel, Panelist, PureprofileState } from '../store.js';

type Ctx = HandlerContext<PureprofileState>;
type H<K extends keyof operations> = Handler<operations[K], PureprofileState>;

const SENDER = 'Pureprofile <no-reply@pureprofile.com>';

/** The token's panelist and panel; a token whose panelist was removed (by a seed) is as good as unknown. */
function findCaller(ctx: Ctx): { panelist: Panelist; panel: Panel } {
  const panelist = ctx.state.panelists.find((p) => p.id === ctx.principal.subject);
  const panel = panelist && ctx.state.panels.find((p) => p.id === panelist.panel_id);
  if (!panelist || !panel) throw new EngineError('unauthorized');
  return { panelist, panel };
}

export const referFriends: H<'referFriends'> = (req, ctx) => {
  const { emails } = req.body;
  const { panelist, panel } = findCaller(ctx);
  checkEmailLimit(emails.length, panel.max_referral_emails);

  const outcome = classifyReferrals(emails, {
    senderEmail: panelist.email,
    panelistEmails: new Set(ctx.state.panelists.flatMap((p) => (p.panel_id === panel.id && p.email ? [normalizeEmail(p.email)] : []))),
    invitedEmails: new Set(ctx.state.referrals.filter((r) => r.panel_id === panel.id).map((r) => normalizeEmail(r.email))),
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
