import { describe, expect, it } from 'vitest';
import { seedPureprofile } from './seed.js';
import { emptyState, SANDBOX_PANEL_ID } from './store.js';

describe('seedPureprofile', () => {
  it('changes one panel setting and keeps the rest', () => {
    const state = emptyState();
    seedPureprofile(state, { panels: [{ id: SANDBOX_PANEL_ID, max_referral_emails: 2 }] });
    expect(state.panels).toEqual([{ ...emptyState().panels[0], max_referral_emails: 2 }]);
  });

  it('replaces a panel\'s locales instead of appending to them', () => {
    const state = emptyState();
    seedPureprofile(state, { panels: [{ id: SANDBOX_PANEL_ID, locales: ['ENG-AU'] }] });
    expect(state.panels[0].locales).toEqual(['ENG-AU']);
  });

  it('adds new records and ignores unknown collections and prototype keys', () => {
    const state = emptyState();
    seedPureprofile(state, JSON.parse('{"referrals":[{"id":"r1","email":"a@example.com","__proto__":{"x":1}}],"other":[1]}'));
    expect(state.referrals).toEqual([{ id: 'r1', email: 'a@example.com' }]);
    expect(state).not.toHaveProperty('other');
  });
});
