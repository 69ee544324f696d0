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
