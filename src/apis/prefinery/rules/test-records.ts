// Record builders shared by the rule tests (not shipped behaviour).
import { createIdSource } from '../../../engine/ids.js';
import type { Beta, Tester } from '../store.js';
import { buildTester, type NewTester } from './new-tester.js';

export const NOW = '2026-03-01T12:00:00Z';

export function makeBeta(overrides: Partial<Beta> = {}): Beta {
  return {
    id: 1,
    name: 'Beta',
    homepage_url: null,
    impressions_count: 0,
    invite_system_enabled: true,
    friend_invitations_allowed: 5,
    share_host: 'http://l.aunch.us',
    reward_rules: [],
    deletable: true,
    created_at: NOW,
    updated_at: NOW,
    ...overrides,
  };
}

const ids = createIdSource(1);
let lastId = 0;

export function makeTester(input: Partial<NewTester> & { email: string }, overrides: Partial<Tester> = {}): Tester {
  lastId += 1;
  return { ...buildTester(lastId, { beta_id: 1, status: 'active', ...input }, NOW, ids), ...overrides };
}
