// The requests every harness sends, so the sandbox and its peers answer the same traffic.
import type { Op } from './load.js';
import { benchId, PARTNERO_AUTH, seededRandom } from './subscribers.js';

const JSON_BODY = { 'Content-Type': 'application/json' };
let runs = 0;

/** GET by a random existing id, the first page of 10, and a create with a unique email (every 10th referred). */
export function partneroOps(count: number): { get: Op; list: Op; create: Op } {
  const random = seededRandom(++runs);
  const pick = () => benchId(Math.floor(random() * count));
  // drive() numbers requests from 0 on every call; the tag keeps emails unique across calls on one server.
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}${runs}`;
  return {
    get: { name: 'GET by id', method: 'GET', path: () => `/v1/subscribers/${pick()}`, headers: PARTNERO_AUTH },
    list: { name: 'list limit=10', method: 'GET', path: () => '/v1/subscribers?limit=10', headers: PARTNERO_AUTH },
    create: {
      name: 'create',
      method: 'POST',
      path: () => '/v1/subscribers',
      headers: { ...PARTNERO_AUTH, ...JSON_BODY },
      body: (i) => JSON.stringify({ email: `new-${tag}-${i}@example.com`, name: `New ${i}`, ...(i % 10 === 9 ? { referral: { id: pick() } } : {}) }),
    },
  };
}

/** json-server's REST route for the same create (it stores whatever body it gets). */
export function jsonServerCreate(): Op {
  const { create } = partneroOps(1);
  return { ...create, name: 'create (POST /subscribers)', path: () => '/subscribers', headers: JSON_BODY };
}
