import { updateRecord } from '../../../engine/store/collection.js';
import type { HandlerContext } from '../../../engine/types.js';
import { actionsSpec } from '../collections.js';
import { countsAsClick } from '../rules/actions.js';
import { nextId } from '../rules/ids.js';
import { mustFindCampaign, mustFindLinkByCode, mustFindLinkById, mustFindReferredUser } from '../rules/lookup.js';
import { presentAction } from '../rules/present.js';
import { formatTimestamp } from '../rules/timestamp.js';
import { ACTION_EVENT, actionWebhookPayload } from '../rules/webhook.js';
import type { components } from '../spec.gen.js';
import type { Action, ReferralApiState, ReferralLink, ReferredUser } from '../store.js';
import { ok, presentStoredLink, type H } from './respond.js';

/** What both action bodies share (ReferredUserActionCreate, ReferralLinkActionCreate). */
type ActionFields = Pick<components['schemas']['ReferralLinkActionCreate'], 'action_type' | 'metadata'>;

/** The seed's documented call: only for a referred user that exists in the campaign. */
export const createReferredUserAction: H<'createReferredUserAction'> = (req, ctx) => {
  const body = req.body;
  mustFindCampaign(ctx.state, body.campaign_id);
  const user = mustFindReferredUser(ctx.state, body.campaign_id, body.referred_user_id);
  return recordAction(ctx, body, mustFindLinkById(ctx.state, user.referral_link_id), user);
};

/** An action on a link alone (e.g. the web script's VISIT): `referred_user` is null. */
export const createReferralLinkAction: H<'createReferralLinkAction'> = (req, ctx) => {
  const body = req.body;
  mustFindCampaign(ctx.state, body.campaign_id);
  return recordAction(ctx, body, mustFindLinkByCode(ctx.state, body.campaign_id, body.referral_code), undefined);
};

/** Stores the action and emits the campaign's `action` webhook (sent only if the campaign has a webhook_url). */
function recordAction({ state, clock, emit }: HandlerContext<ReferralApiState>, body: ActionFields, link: ReferralLink, user: ReferredUser | undefined) {
  const action: Action = {
    id: nextId(state.counters.action, state.actions, actionsSpec),
    created_at: formatTimestamp(clock.now()),
    action_type: body.action_type,
    metadata: body.metadata ?? {},
    referral_link_id: link.id,
    referred_user_pk: user?.id ?? null,
  };
  state.actions.push(action);
  state.counters.action = action.id;
  if (countsAsClick(action.action_type)) {
    updateRecord(state.referral_links, link, (l) => {
      l.total_clicks = (l.total_clicks ?? 0) + 1;
    });
  }
  emit({ type: ACTION_EVENT, payload: actionWebhookPayload(action, link, user) });
  return ok(presentAction(action, presentStoredLink(state, link), user));
}
