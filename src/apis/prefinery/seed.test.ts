import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../engine/ids.js';
import { stateSchemaErrors } from '../shared-seed.js';
import { seedPrefinery } from './seed.js';
import { prefineryStateSchema } from './state-schema.js';
import { emptyState } from './store.js';

describe('seedPrefinery', () => {
  it('completes new records with defaults and merges existing ones field by field', () => {
    const state = emptyState();
    const ids = createIdSource(5);
    seedPrefinery(state, { betas: [{ id: 1, name: 'Launch' }], testers: [{ email: 'a@b.com', status: 'active' }] }, ids);
    expect(state.betas[0]).toMatchObject({ id: 1, name: 'Launch', invite_system_enabled: true, friend_invitations_allowed: 5 });
    expect(state.testers[0]).toMatchObject({ id: 1, beta_id: 1, email: 'a@b.com', status: 'active', friend_invitations_count: 0 });
    expect(state.testers[0].joined_at).not.toBeNull();
    expect(state.testers[0].profile.state).toBe('');

    seedPrefinery(state, { betas: [{ id: 1, invite_system_enabled: false }], testers: [{ id: 1, profile: { first_name: 'Amy' } }] }, ids);
    expect(state.betas[0]).toMatchObject({ name: 'Launch', invite_system_enabled: false });
    expect(state.testers[0].profile).toMatchObject({ first_name: 'Amy', state: '' });
  });

  it('new ids continue after seeded ones and are never reused', () => {
    const state = emptyState();
    seedPrefinery(state, { testers: [{ id: 10, email: 'x@y.com' }, { email: 'z@y.com' }] }, createIdSource(1));
    expect(state.testers.map((t) => t.id)).toEqual([10, 11]);
  });

  it('leaves what is not a record, or not a list, in place for the state schema to refuse', () => {
    const state = emptyState();
    seedPrefinery(state, { betas: ['nope', 3], testers: 'x' }, createIdSource(1));
    expect(state).toEqual({ ...emptyState(), betas: ['nope', 3], testers: 'x' });
    expect(stateSchemaErrors(prefineryStateSchema, state)?.[0]).toMatchObject({ instancePath: '/betas/0', keyword: 'type' });
  });
});
