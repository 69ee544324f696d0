import type { Handler, HandlerContext, SandboxRequest } from '../../../engine/types.js';
import { PartneroError } from '../errors.js';
import { simplePaginate } from '../rules/paginate.js';
import { laravelTimestamp, presentSubscriber } from '../rules/present.js';
import { countReferrals, filterByReferStatus } from '../rules/referrals.js';
import { buildSubscriber, findByIdOrEmail, findByRef, searchSubscribers, updatedSubscriber, type SubscriberRef } from '../rules/subscribers.js';
import type { PartneroState, Subscriber } from '../store.js';

type H = Handler<PartneroState>;

const present = (state: PartneroState, subscriber: Subscriber) => presentSubscriber(subscriber, state.program, countReferrals(state.subscribers));
const one = (state: PartneroState, subscriber: Subscriber, status = 200) => ({ status, body: { data: present(state, subscriber), status: 1 } });

export const listSubscribers: H = (req, { state }) => {
  const { limit = 10, page = 1, refer_status } = req.query as { limit?: number; page?: number; refer_status?: 'referred' | 'non_referred' };
  const path = `${baseUrl(req)}/v1/subscribers`;
  const result = simplePaginate(filterByReferStatus(state.subscribers, refer_status), page, limit, path, {
    limit: req.query.limit === undefined ? undefined : String(limit),
    refer_status,
  });
  const referrals = countReferrals(state.subscribers);
  return { status: 200, body: { ...result, data: result.data.map((s) => presentSubscriber(s, state.program, referrals)), status: 1 } };
};

export const createSubscriber: H = (req, { state, clock, ids }) => {
  const now = laravelTimestamp(clock.now());
  const subscriber = buildSubscriber(state.subscribers, req.body, { key: `sub_${ids.hex(12)}`, share_code: ids.alnum(5), portal_code: `${ids.alnum(5)}/${ids.alnum(16)}`, now });
  state.subscribers.push(subscriber);
  return one(state, subscriber, 201);
};

export const getSubscriber: H = (req, { state }) => one(state, mustFind(state, req.params.subscriber));

export const searchSubscribersHandler: H = (req, { state }) => {
  const { id, email } = req.query as SubscriberRef;
  const referrals = countReferrals(state.subscribers);
  return { status: 200, body: { data: searchSubscribers(state.subscribers, { id, email }).map((s) => presentSubscriber(s, state.program, referrals)), status: 1 } };
};

export const updateSubscriber: H = (req, ctx) => update(ctx, mustFind(ctx.state, req.params.subscriber), req);
export const updateSubscriberByBody: H = (req, ctx) => update(ctx, mustFindRef(ctx.state, req.body), req);

export const deleteSubscriber: H = (req, { state }) => remove(state, mustFind(state, req.params.subscriber));
export const deleteSubscriberByBody: H = (req, { state }) => remove(state, mustFindRef(state, req.body));

function update({ state, clock }: HandlerContext<PartneroState>, subscriber: Subscriber, req: SandboxRequest) {
  const changed = updatedSubscriber(state.subscribers, subscriber, req.body.update ?? {}, laravelTimestamp(clock.now()));
  state.subscribers[state.subscribers.indexOf(subscriber)] = changed;
  return one(state, changed);
}

function remove(state: PartneroState, subscriber: Subscriber) {
  state.subscribers.splice(state.subscribers.indexOf(subscriber), 1);
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

function baseUrl(req: SandboxRequest): string {
  const host = req.headers.host ?? 'api.partnero.com';
  const proto = String(req.headers['x-forwarded-proto'] ?? 'http');
  return `${proto}://${host}`;
}
