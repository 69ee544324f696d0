// Partner layer (HTTP Basic): list the partner's panels, register a panelist, or issue a fresh token for one.
import type { Handler, HandlerContext } from '../../../engine/types.js';
import { buildPanelist, checkRegistration, findPanelist } from '../rules/registration.js';
import { AUTHENTICATE_TOKEN_SECONDS, issueToken, presentToken, REGISTER_TOKEN_SECONDS, storeToken } from '../rules/tokens.js';
import type { operations } from '../spec.gen.js';
import type { PureprofileState } from '../store.js';

type Ctx = HandlerContext<PureprofileState>;
type H<K extends keyof operations> = Handler<operations[K], PureprofileState>;

/** Access tokens are opaque to clients; a prefix makes sandbox ones easy to recognise in logs. */
function newTokenValue(ctx: Ctx): string {
  return `pp_at_${ctx.ids.alnum(40)}`;
}

export const listPanels: H<'listPanels'> = (_req, ctx) => {
  const data = ctx.state.panels.map((panel) => ({ guid: panel.id, name: panel.name, locales: [...panel.locales] }));
  return { status: 200, body: { message: 'success', data } };
};

export const registerPanelist: H<'registerPanelist'> = (req, ctx) => {
  const input = req.body;
  const now = ctx.clock.now();
  const { panel, locale } = checkRegistration(ctx.state.panels, ctx.state.panelists, input, now);

  const panelist = buildPanelist(ctx.ids.uuid(), panel, locale, input, now);
  const token = issueToken(newTokenValue(ctx), panelist.id, REGISTER_TOKEN_SECONDS, now);
  ctx.state.panelists.push(panelist);
  storeToken(ctx.state.tokens, token, now);

  const { access_token, expires_in, token_type } = presentToken(token, REGISTER_TOKEN_SECONDS);
  return { status: 200, body: { message: 'success', data: { user_id: panelist.id, token: { token_type, expires_in, access_token } } } };
};

export const authenticatePanelist: H<'authenticatePanelist'> = (req, ctx) => {
  const { user, panel } = req.body;
  const now = ctx.clock.now();
  const panelist = findPanelist(ctx.state.panels, ctx.state.panelists, user, panel);

  const token = issueToken(newTokenValue(ctx), panelist.id, AUTHENTICATE_TOKEN_SECONDS, now);
  storeToken(ctx.state.tokens, token, now);
  // The docs show this one answer without the message/data envelope.
  return { status: 200, body: presentToken(token, AUTHENTICATE_TOKEN_SECONDS) };
};
