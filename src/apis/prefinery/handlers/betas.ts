import { allBy } from '../../../engine/store/collection.js';
import { betasSpec, friendInvitationsSpec, pointsSpec, rewardsSpec, testersSpec } from '../collections.js';
import { PrefineryError } from '../errors.js';
import { inIdOrder, removeKeepingOrder } from '../ordered.js';
import { paginate, paginationHeader } from '../rules/paginate.js';
import { presentBeta } from '../rules/present.js';
import { removeMany, removeTesters } from '../writes.js';
import type { H } from './handler.js';
import { findBeta } from './lookup.js';

export const listBetas: H<'listBetas'> = (req, ctx) => {
  const { items, facts } = paginate(inIdOrder(ctx.state.betas, betasSpec), req.query.page ?? 1);
  return { status: 200, body: items.map((b) => presentBeta(b, ctx.state.testers)), headers: paginationHeader(facts) };
};

export const getBeta: H<'getBeta'> = (req, ctx) => {
  return { status: 200, body: presentBeta(findBeta(ctx.state, req.params.beta_id), ctx.state.testers) };
};

// The beta goes with everything that belongs to it, so no record is left pointing at it. No webhook: Prefinery
// documents no beta event, and its testers are not deleted one by one.
export const deleteBeta: H<'deleteBeta'> = (req, ctx) => {
  const { state } = ctx;
  const beta = findBeta(state, req.params.beta_id);
  if (!beta.deletable) throw PrefineryError.rule(2204);
  removeKeepingOrder(state.betas, [beta]);
  removeTesters(state, [...allBy(state.testers, testersSpec, 'beta', beta.id)]);
  removeMany(state.friend_invitations, [...allBy(state.friend_invitations, friendInvitationsSpec, 'beta', beta.id)], (rest) => (state.friend_invitations = rest));
  removeMany(state.rewards, [...allBy(state.rewards, rewardsSpec, 'beta', beta.id)], (rest) => (state.rewards = rest));
  removeMany(state.points, [...allBy(state.points, pointsSpec, 'beta', beta.id)], (rest) => (state.points = rest));
  return { status: 200 };
};
