import { paginate, paginationHeader } from '../rules/paginate.js';
import { checkPointsRequest, filterPoints } from '../rules/points.js';
import { presentPoint } from '../rules/present.js';
import { formatTimestamp } from '../rules/time.js';
import { takeNextId, type Point } from '../store.js';
import { emitPointsEvent } from './events.js';
import type { H } from './handler.js';
import { findBeta } from './lookup.js';

export const listPoints: H<'listPoints'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const points = filterPoints(ctx.state.points, ctx.state.testers, beta.id, req.query.email);
  const { items, facts } = paginate(points, req.query.page ?? 1);
  return { status: 200, body: items.map(presentPoint), headers: paginationHeader(facts) };
};

// Bonus points, awarded by hand: the documented rules first (2802-2804, 2801), then the write and points_earned.
export const createPoints: H<'createPoints'> = (req, ctx) => {
  const { state } = ctx;
  const beta = findBeta(state, req.params.beta_id);
  const { tester, quantity, reason } = checkPointsRequest(req.body ?? {}, state.testers, beta.id);
  const point: Point = {
    id: takeNextId(state, 'point', state.points),
    beta_id: beta.id,
    user_id: tester.id,
    quantity,
    activity: 'bonus',
    reason,
    reward_id: null,
    created_at: formatTimestamp(ctx.clock.now()),
  };
  state.points.push(point);
  emitPointsEvent(ctx, 'points_earned', beta, point, tester);
  return { status: 201, body: presentPoint(point) };
};
