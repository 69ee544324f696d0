import { removeRecords, updateRecord } from '../../../engine/store/collection.js';
import type { Handler, HandlerContext } from '../../../engine/types.js';
import { PartneroError } from '../errors.js';
import { requestBaseUrl, simplePaginate } from '../rules/paginate.js';
import { laravelTimestamp, presentSubscriber } from '../rules/present.js';
import { referralCount, referStatusFilter } from '../rules/referrals.js';
import { buildSubscriber, findByIdOrEmail, findByRef, searchSubscribers, updatedSubscriber, type SubscriberRef, type SubscriberUpdate } from '../rules/subscribers.js';
import { subscriberEvent } from '../rules/webhooks.js';
import type { components, operations } from '../spec.gen.js';
import type { PartneroState, Subscriber } from '../store.js';

type H<K extends keyof operations> = Handler<operations[K], PartneroState>;
type Schemas = components['schemas'];

/** The subscriber as the API shows it, its referral count read from the referrer index (O(1)). */
const present = (state: PartneroState, subscriber: Subscriber) => presentSubscriber(subscriber, state.program, referralCount(state.subscribers, subscriber.key));

/** One subscriber in the `{data, status: 1}` envelope, with the status the operation answers (200, or 201 on create). */
function one<S extends 200 | 201>(state: PartneroState, subscriber: Subscriber, status: S): { status: S; body: Schemas['SubscriberEnvelope'] } {
  return { status, body: { data: present(state, subscriber), status: 1 } };
}

export const listSubscribers: H<'listSubscribers'> = (req, { state }) => {
  const { limit = 10, page = 1, refer_status } = req.query;
  const path = `${requestBaseUrl(req.headers)}/v1/subscribers`;
  // Insertion order, paged without copying the collection; refer_status scans only up to the page it answers.
  const keep = { limit: req.query.limit === undefined ? undefined : String(limit), refer_status };
  const result = simplePaginate(state.subscribers, page, limit, path, keep, referStatusFilter(refer_status));
  return { status: 200, body: { ...result, data: result.data.map((s) => present(state, s)), status: 1 } };
};

export const createSubscriber: H<'createSubscriber'> = (req, { state, clock, ids, emit }) => {
  const now = laravelTimestamp(clock.now());
  const subscriber = buildSubscriber(state.subscribers, req.body, { key: `sub_${ids.hex(12)}`, share_code: ids.alnum(5), portal_code: `${ids.alnum(5)}/${ids.alnum(16)}`, now });
  state.subscribers.push(subscriber);
  const answer = one(state, subscriber, 201);
  emit(subscriberEvent('subscriber.created', answer.body.data));
  return answer;
};

export const getSubscriber: H<'getSubscriber'> = (req, { state }) => one(state, mustFind(state, req.params.subscriber), 200);

export const searchSubscribersHandler: H<'searchSubscribers'> = (req, { state }) => {
  const { id, email } = req.query;
  return { status: 200, body: { data: searchSubscribers(state.subscribers, { id, email }).map((s) => present(state, s)), status: 1 } };
};

export const updateSubscriber: H<'updateSubscriber'> = (req, ctx) => update(ctx, mustFind(ctx.state, req.params.subscriber), req.body.update);
export const updateSubscriberByBody: H<'updateSubscriberByBody'> = (req, ctx) => update(ctx, mustFindRef(ctx.state, req.body), req.body.update);

export const deleteSubscriber: H<'deleteSubscriber'> = (req, ctx) => remove(ctx, mustFind(ctx.state, req.params.subscriber));
export const deleteSubscriberByBody: H<'deleteSubscriberByBody'> = (req, ctx) => remove(ctx, mustFindRef(ctx.state, req.body));

// Both URL forms of update and delete come through here, so each sends its webhook event exactly once, after the write.
function update({ state, clock, emit }: HandlerContext<PartneroState>, subscriber: Subscriber, changes: SubscriberUpdate) {
  const changed = updatedSubscriber(state.subscribers, subscriber, changes, laravelTimestamp(clock.now()));
  // In place through the collection, so the id and email indexes follow and the change is logged.
  updateRecord(state.subscribers, subscriber, (record) => Object.assign(record, changed));
  const answer = one(state, subscriber, 200);
  emit(subscriberEvent('subscriber.updated', answer.body.data));
  return answer;
}

function remove({ state, emit }: HandlerContext<PartneroState>, subscriber: Subscriber): { status: 200; body: { status: 1 } } {
  const asItWas = present(state, subscriber); // the webhook shows the subscriber as it was, referral count included
  removeRecords(state.subscribers, subscriber);
  emit(subscriberEvent('subscriber.deleted', asItWas));
  return { status: 200, body: { status: 1 } };
}

function mustFind(state: PartneroState, idOrEmail: string): Subscriber {
  const subscriber = findByIdOrEmail(state.subscribers, idOrEmail);
  if (!subscriber) throw PartneroError.notFound();
  return subscriber;
}

function mustFindRef(state: PartneroState, body: SubscriberRef): Subscriber {
  const subscriber = findByRef(state.subscribers, { id: body.id, email: body.email });
  if (!subscriber) throw PartneroError.notFound();
  return subscriber;
}
