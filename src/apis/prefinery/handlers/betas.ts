import { PrefineryError } from '../errors.js';
import { paginate, paginationHeader } from '../rules/paginate.js';
import { presentBeta } from '../rules/present.js';
import type { H } from './handler.js';
import { findBeta } from './lookup.js';

export const listBetas: H<'listBetas'> = (req, ctx) => {
  const betas = [...ctx.state.betas].sort((a, b) => a.id - b.id);
  const { items, facts } = paginate(betas, req.query.page ?? 1);
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
  const other = <T extends { beta_id: number }>(records: T[]) => records.filter((r) => r.beta_id !== beta.id);
  state.betas = state.betas.filter((b) => b.id !== beta.id);
  state.testers = other(state.testers);
  state.friend_invitations = other(state.friend_invitations);
  state.rewards = other(state.rewards);
  state.points = other(state.points);
  return { status: 200 };
};
