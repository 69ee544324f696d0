// Who a panel request acts for: the engine has resolved the bearer token to its panelist (ctx.principal.subject).
import { EngineError } from '../../../engine/errors/engine-error.js';
import type { HandlerContext } from '../../../engine/types.js';
import type { Panel, Panelist, PureprofileState } from '../store.js';

/** The token's panelist and panel; a token whose panelist was removed (by a seed) is as good as unknown. */
export function findCaller(ctx: HandlerContext<PureprofileState>): { panelist: Panelist; panel: Panel } {
  const panelist = ctx.state.panelists.find((p) => p.id === ctx.principal.subject);
  const panel = panelist && ctx.state.panels.find((p) => p.id === panelist.panel_id);
  if (!panelist || !panel) throw new EngineError('unauthorized');
  // A data file written before profile variables existed has neither collection: read it as empty, never a 500.
  ctx.state.variables ??= [];
  panelist.profile ??= {};
  return { panelist, panel };
}
