import { isPlainObject, mergeInto } from '../../engine/store/merge.js';
import type { IdSource } from '../../engine/types.js';
import { buildTester, mergeProfile } from './rules/new-tester.js';
import { takeNextId, type Beta, type FriendInvitation, type PrefineryState, type Tester } from './store.js';

// Seeds and fixtures may name only the fields they care about: a new record is completed with Prefinery's
// defaults, an existing one (same id) is merged field by field.

const SEEDED_AT = '2026-01-01T00:00:00Z';

export function seedPrefinery(state: PrefineryState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  for (const item of records(data.betas)) upsert(state, 'beta', state.betas, item, (id) => completeBeta(id, item));
  for (const item of records(data.testers)) upsert(state, 'tester', state.testers, item, (id) => completeTester(id, item, ids));
  for (const item of records(data.friend_invitations)) {
    upsert(state, 'friend_invitation', state.friend_invitations, item, (id) => completeInvitation(id, item));
  }
  if (isPlainObject(data.last_ids)) mergeInto(state.last_ids, data.last_ids);
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function upsert<T extends { id: number }>(state: PrefineryState, kind: keyof PrefineryState['last_ids'], list: T[], item: Record<string, unknown>, complete: (id: number) => T) {
  const existing = typeof item.id === 'number' ? list.find((r) => r.id === item.id) : undefined;
  if (existing) return mergeInto(existing as unknown as Record<string, unknown>, item);
  const id = typeof item.id === 'number' ? item.id : takeNextId(state, kind, list);
  list.push(complete(id));
}

function completeBeta(id: number, item: Record<string, unknown>): Beta {
  const beta: Beta = {
    id,
    name: `Beta ${id}`,
    homepage_url: null,
    impressions_count: 0,
    invite_system_enabled: true,
    friend_invitations_allowed: 5,
    share_host: 'http://l.aunch.us',
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  };
  return { ...beta, ...structuredClone(item), id } as Beta;
}

function completeTester(id: number, item: Record<string, unknown>, ids: IdSource): Tester {
  const base = buildTester(
    id,
    { beta_id: typeof item.beta_id === 'number' ? item.beta_id : 1, email: typeof item.email === 'string' ? item.email : `tester${id}@example.com`, status: item.status as Tester['status'] },
    SEEDED_AT,
    ids,
  );
  const profile = mergeProfile(base.profile, isPlainObject(item.profile) ? item.profile : undefined);
  return { ...base, ...structuredClone(item), id, profile } as Tester;
}

function completeInvitation(id: number, item: Record<string, unknown>): FriendInvitation {
  const base: FriendInvitation = { id, beta_id: 1, inviter_id: 0, invitee_id: 0, recipient_email: '', message: null, created_at: SEEDED_AT };
  const merged = { ...base, ...structuredClone(item), id } as FriendInvitation;
  merged.recipient_email = merged.recipient_email.toLowerCase();
  return merged;
}
