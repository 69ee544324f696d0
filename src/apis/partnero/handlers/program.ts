import type { Handler } from '../../../engine/types.js';
import { programTotals } from '../rules/referrals.js';
import type { operations } from '../spec.gen.js';
import type { PartneroState } from '../store.js';

export const getProgram: Handler<operations['getProgram'], PartneroState> = (_req, { state }) => {
  const { portal_host: _host, ...program } = state.program;
  return { status: 200, body: { data: { ...program, ...programTotals(state.subscribers) }, status: 1 } };
};

/** The n8n node's credential test: reaching the handler means the key authenticated. */
export const testCredentials: Handler<operations['testCredentials'], PartneroState> = () => ({ status: 200, body: { status: 1 } });
