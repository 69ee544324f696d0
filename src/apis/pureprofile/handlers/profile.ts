// Panel layer (Bearer access token): the panelist's collected data and profile variables (developers.pureprofile.com
// /panel/account and /panel/profiles). The catalogue is the caller's panel's; answers live on the panelist.
import { updateRecord } from '../../../engine/store/collection.js';
import type { Handler } from '../../../engine/types.js';
import {
  catalogueOf,
  checkRemovable,
  checkWritable,
  findVariable,
  listAnswers,
  normalizeAnswer,
  presentAccountData,
  presentAnswer,
  presentMeta,
  removeAnswer,
  writeAnswer,
} from '../rules/variables.js';
import type { operations } from '../spec.gen.js';
import type { PureprofileState } from '../store.js';
import { findCaller } from './caller.js';

type H<K extends keyof operations> = Handler<operations[K], PureprofileState>;

export const getAccountData: H<'getAccountData'> = (_req, ctx) => {
  const { panelist } = findCaller(ctx);
  return { status: 200, body: { message: 'success', data: presentAccountData(panelist) } };
};

export const listVariablesMeta: H<'listVariablesMeta'> = (_req, ctx) => {
  const { panel } = findCaller(ctx);
  return { status: 200, body: { message: 'success', data: catalogueOf(ctx.state.variables, panel.id).map(presentMeta) } };
};

export const listProfileVariables: H<'listProfileVariables'> = (_req, ctx) => {
  const { panelist, panel } = findCaller(ctx);
  return { status: 200, body: { message: 'success', data: listAnswers(panelist, catalogueOf(ctx.state.variables, panel.id)) } };
};

export const updateProfileVariable: H<'updateProfileVariable'> = (req, ctx) => {
  const { panelist, panel } = findCaller(ctx);
  const variable = findVariable(ctx.state.variables, panel.id, req.params.variable);
  checkWritable(variable);
  const value = normalizeAnswer(variable, req.body.value, ctx.clock.now());
  updateRecord(ctx.state.panelists, panelist, (p) => writeAnswer(p, variable, value));
  return { status: 200, body: { message: 'success', data: presentAnswer(variable, value) } };
};

export const deleteProfileVariable: H<'deleteProfileVariable'> = (req, ctx) => {
  const { panelist, panel } = findCaller(ctx);
  const variable = findVariable(ctx.state.variables, panel.id, req.params.variable);
  checkWritable(variable);
  checkRemovable(variable);
  updateRecord(ctx.state.panelists, panelist, (p) => removeAnswer(p, variable));
  return { status: 204 };
};
