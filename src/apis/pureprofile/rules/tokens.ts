import { Collection, getByKey, removeRecords } from '../../../engine/store/collection.js';
import { tokenCollection } from '../collections.js';
import type { AccessToken } from '../store.js';

/** Register hands out a 30-day token, authenticate a one-hour token (both as the docs show). */
export const REGISTER_TOKEN_SECONDS = 2_592_000;
export const AUTHENTICATE_TOKEN_SECONDS = 3_600;

export function issueToken(value: string, panelistId: string, lifetimeSeconds: number, now: Date): AccessToken {
  return {
    id: value,
    panelist_id: panelistId,
    issued_at: now.toISOString(),
    expires_at: new Date(now.getTime() + lifetimeSeconds * 1000).toISOString(),
  };
}

/** A token is good up to, but not including, its expiry instant. */
export function isTokenActive(token: AccessToken, now: Date): boolean {
  return now.getTime() < Date.parse(token.expires_at);
}

/** The active token with this value, if any: an unknown and an expired token look the same to the caller. */
export function findActiveToken(tokens: readonly AccessToken[], presented: string, now: Date): AccessToken | undefined {
  const token = getByKey(tokens, tokenCollection, presented);
  return token && isTokenActive(token, now) ? token : undefined;
}

/** Expired tokens can never authenticate again; dropping them keeps the store from growing without bound. */
export function dropExpiredTokens(tokens: readonly AccessToken[], now: Date): AccessToken[] {
  return tokens.filter((t) => isTokenActive(t, now));
}

/**
 * Store a newly issued token, dropping every expired one first (what register and authenticate do), in place: the
 * survivors keep their order and the new token goes last. On a collection, the expired tokens are found through an
 * expiry heap (O(log n) per token that expired, nothing when none did); a plain array is filtered.
 */
export function storeToken(tokens: AccessToken[], token: AccessToken, now: Date): void {
  if (!(tokens instanceof Collection)) {
    const expired = tokens.filter((t) => !isTokenActive(t, now));
    if (expired.length > 0) removeRecords(tokens, ...expired);
    tokens.push(token);
    return;
  }
  const heap = expiryHeapOf(tokens);
  const expired = heap.popExpired(tokens, now);
  if (expired.length > 0) removeRecords(tokens, ...expired);
  tokens.push(token);
  heap.add(token);
}

/** The instant a token stops working; one whose expiry does not parse never worked (isTokenActive is false). */
function expiryOf(token: AccessToken): number {
  const at = Date.parse(token.expires_at);
  return Number.isNaN(at) ? -Infinity : at;
}

/**
 * A binary min-heap of a token collection's tokens by expiry. Built once per collection (the store builds a new one
 * when a seed or a reset replaces the tokens) and kept in step by storeToken, the only writer at request time. If the
 * collection was changed some other way (its length no longer matches), the heap is rebuilt from the collection.
 */
class ExpiryHeap {
  #entries: Array<{ at: number; token: AccessToken }>;

  constructor(tokens: readonly AccessToken[]) {
    this.#entries = tokens.map((token) => ({ at: expiryOf(token), token }));
    for (let i = (this.#entries.length >> 1) - 1; i >= 0; i--) this.#siftDown(i); // O(n) heapify
  }

  get size(): number {
    return this.#entries.length;
  }

  add(token: AccessToken): void {
    const entries = this.#entries;
    entries.push({ at: expiryOf(token), token });
    let i = entries.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (entries[parent].at <= entries[i].at) break;
      [entries[parent], entries[i]] = [entries[i], entries[parent]];
      i = parent;
    }
  }

  /** Take out every token that has expired at `now` and is still in `tokens`. */
  popExpired(tokens: readonly AccessToken[], now: Date): AccessToken[] {
    const expired: AccessToken[] = [];
    const moved: AccessToken[] = [];
    const time = now.getTime();
    while (this.#entries.length > 0 && this.#entries[0].at <= time) {
      const { token } = this.#pop();
      if (getByKey(tokens, tokenCollection, token.id) !== token) continue; // gone already
      if (isTokenActive(token, now)) moved.push(token); // its expiry changed since it was added
      else expired.push(token);
    }
    for (const token of moved) this.add(token);
    return expired;
  }

  #pop(): { at: number; token: AccessToken } {
    const entries = this.#entries;
    const top = entries[0];
    const last = entries.pop()!;
    if (entries.length > 0) {
      entries[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  #siftDown(from: number): void {
    const entries = this.#entries;
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < entries.length && entries[left].at < entries[least].at) least = left;
      if (right < entries.length && entries[right].at < entries[least].at) least = right;
      if (least === i) return;
      [entries[least], entries[i]] = [entries[i], entries[least]];
      i = least;
    }
  }
}

const expiryHeaps = new WeakMap<readonly AccessToken[], ExpiryHeap>();

function expiryHeapOf(tokens: readonly AccessToken[]): ExpiryHeap {
  let heap = expiryHeaps.get(tokens);
  if (!heap || heap.size !== tokens.length) {
    heap = new ExpiryHeap(tokens);
    expiryHeaps.set(tokens, heap);
  }
  return heap;
}

/** What register and authenticate show of a token; `expires_in` keeps the lifetime's literal type (register's is a constant). */
export function presentToken<N extends number>(token: AccessToken, lifetimeSeconds: N): { access_token: string; expires_in: N; token_type: 'Bearer' } {
  return { access_token: token.id, expires_in: lifetimeSeconds, token_type: 'Bearer' };
}
