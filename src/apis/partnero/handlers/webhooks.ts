import { removeRecords, updateRecord } from '../../../engine/store/collection.js';
import type { Handler } from '../../../engine/types.js';
import { PartneroError } from '../errors.js';
import { requestBaseUrl, simplePaginate } from '../rules/paginate.js';
import { buildWebhook, findWebhook, newWebhookKey, newWebhookSecret, presentWebhook, updatedWebhook } from '../rules/webhooks.js';
import type { operations } from '../spec.gen.js';
import { webhooksOf, type PartneroState, type Webhook } from '../store.js';

type H<K extends keyof operations> = Handler<operations[K], PartneroState>;

export const listWebhooks: H<'listWebhooks'> = (req, { state }) => {
  const { limit = 10, page = 1 } = req.query;
  const path = `${requestBaseUrl(req.headers)}/v1/webhooks`;
  const result = simplePaginate(webhooksOf(state), page, limit, path, { limit: req.query.limit === undefined ? undefined : String(limit) });
  return { status: 200, body: { ...result, data: result.data.map(presentWebhook), status: 1 } };
};

export const createWebhook: H<'createWebhook'> = (req, { state, ids }) => {
  const list = webhooksOf(state);
  // The key is drawn only when none is given, so a request with a key takes one id fewer.
  const webhook = buildWebhook(list, req.body, { key: req.body.key ?? newWebhookKey(ids), signature: newWebhookSecret(ids) });
  list.push(webhook);
  return { status: 201, body: { data: presentWebhook(webhook), status: 1 } };
};

export const getWebhook: H<'getWebhook'> = (req, { state }) => ({ status: 200, body: { data: presentWebhook(mustFind(state, req.params.key)), status: 1 } });

export const updateWebhook: H<'updateWebhook'> = (req, { state }) => {
  const list = webhooksOf(state);
  const webhook = mustFind(state, req.params.key);
  const changed = updatedWebhook(webhook, req.body);
  updateRecord(list, webhook, (record) => Object.assign(record, changed));
  return { status: 200, body: { data: presentWebhook(webhook), status: 1 } };
};

export const deleteWebhook: H<'deleteWebhook'> = (req, { state }) => {
  const list = webhooksOf(state);
  removeRecords(list, mustFind(state, req.params.key));
  return { status: 200, body: { status: 1 } };
};

function mustFind(state: PartneroState, key: string): Webhook {
  const webhook = findWebhook(webhooksOf(state), key);
  if (!webhook) throw PartneroError.webhookNotFound();
  return webhook;
}
