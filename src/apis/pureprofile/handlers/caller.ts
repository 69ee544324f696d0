// Who a panel request acts for: the engine has resolved the bearer token to its panelist (ctx.principal.subject).
import { getByKey, updateRecord } from '../../../engine/store/collection.js';
import { EngineError } from '../../../engine/errors/engine-error.js';
import type { HandlerContext } from '../../../engine/types.js';
import { panelCollection, panelistCollection } from '../collections.js';
import type { Panel, Panelist, PureprofileState } from '../store.js';

/** The token's panelist and panel; a token whose panelist was removed (by a seed) is as good as unknown. */
export function findCaller(ctx: HandlerContext<PureprofileState>): { panelist: Panelist; panel: Panel } {
  const subject = ctx.principal.subject;
  const panelist = subject === undefined ? undefined : getByKey(ctx.state.panelists, panelistCollection, subject);
  const panel = panelist && getByKey(ctx.state.panels, panelCollection, panelist.panel_id);
  if (!panelist || !panel) throw new EngineError('unauthorized');
  // A data file written before profile variables existed has neither collection: read it as empty, never a 500.
  ctx.state.variables ??= [];
  if (panelist.profile == null) updateRecord(ctx.state.panelists, panelist, (p) => (p.profile = {}));
  return { panelist, panel };
}
