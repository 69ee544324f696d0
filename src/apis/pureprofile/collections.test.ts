// The index-based lookups on hydrated collections: they stay right after a record changes or goes, and they answer
// what the plain-array scans answer.
import { describe, expect, it } from 'vitest';
import { Collection, removeRecords, updateRecord } from '../../engine/store/collection.js';
import { createIdSource } from '../../engine/ids.js';
import { inPanel, panelCollection, panelistCollection, referralCollection, tokenCollection } from './collections.js';
import { PureprofileError } from './errors.js';
import { countInvited } from './rules/account.js';
import { buildPanelist, checkUserFree, findPanel, findPanelist } from './rules/registration.js';
import { dropExpiredTokens, findActiveToken, issueToken, storeToken } from './rules/tokens.js';
import { seedPureprofile } from './seed.js';
import { emptyState, type AccessToken, type Panel, type Panelist, type Referral } from './store.js';
import { thrown } from '../../engine/test-support/thrown.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const au: Panel = { id: 'AAAA-1', name: 'AU', locales: ['ENG-AU'], max_referral_emails: 10 };
const be: Panel = { id: 'BBBB-2', name: 'BE', locales: ['DUT-BE'], max_referral_emails: 5 };
const input = { user: '', panel: '', locale: 'ENG-AU', dob: '1990-05-04', first_name: 'Ann', last_name: 'Lee' };
const member = (id: string, user: string, panel = au): Panelist => buildPanelist(id, panel, panel.locales[0], { ...input, user }, now);
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

const refusal = (run: () => unknown) => thrown(PureprofileError, run);

describe('panels and panelists on a collection', () => {
  it('finds a panel by id in any case', () => {
    const panels = Collection.over(panelCollection, [au, be]);
    expect(findPanel(panels, ' bbbb-2 ')).toBe(be);
    expect(refusal(() => findPanel(panels, 'CCCC-3')).status).toBe(404);
  });

  it('follows a user change and a removal', () => {
    const panels = Collection.over(panelCollection, [au, be]);
    const ann = member('p1', 'Ann@Example.com');
    const bob = member('p2', 'bob@example.com', be);
    const panelists = Collection.over(panelistCollection, [ann, bob]);
    expect(refusal(() => checkUserFree(panelists, ' ann@example.COM'))).toEqual(PureprofileError.userTaken());
    expect(findPanelist(panels, panelists, 'ANN@example.com', 'aaaa-1')).toBe(ann);
    expect(refusal(() => findPanelist(panels, panelists, 'ann@example.com', 'BBBB-2')).status).toBe(404);

    updateRecord(panelists, ann, (p) => {
      p.user = 'ann.lee@example.com';
      p.email = 'ann.lee@example.com';
    });
    expect(() => checkUserFree(panelists, 'ann@example.com')).not.toThrow();
    expect(findPanelist(panels, panelists, 'Ann.Lee@example.com', 'AAAA-1')).toBe(ann);
    expect(panelists.findBy('panel_email', inPanel('AAAA-1', 'ann@example.com'))).toBeUndefined();
    expect(panelists.findBy('panel_email', inPanel('AAAA-1', 'ann.lee@example.com'))).toBe(ann);

    removeRecords(panelists, bob);
    expect(() => checkUserFree(panelists, 'bob@example.com')).not.toThrow();
    expect(panelists.get('p2')).toBeUndefined();
    expect(panelists.findBy('panel_email', inPanel('BBBB-2', 'bob@example.com'))).toBeUndefined();
  });

  it('indexes emails per panel, and no email for a user that is not an address', () => {
    const panelists = Collection.over(panelistCollection, [member('p1', 'X@Example.com'), member('p2', 'uuid-123'), member('p3', 'y@example.com', be)]);
    expect(panelists.findBy('panel_email', inPanel('AAAA-1', 'x@example.com'))?.id).toBe('p1');
    expect(panelists.findBy('panel_email', inPanel('AAAA-1', 'y@example.com'))).toBeUndefined();
    expect(panelists.countsBy('panel_email').size).toBe(2);
  });
});

describe('referrals on a collection', () => {
  const referral = (id: string, referrer: string, email: string): Referral => ({ id, panel_id: 'AAAA-1', referrer_id: referrer, email, created_at: now.toISOString() });

  it('counts a referrer\'s invitations as the scan does, after a removal too', () => {
    const plain = [referral('r1', 'p1', 'a@x.com'), referral('r2', 'p2', 'b@x.com'), referral('r3', 'p1', ' C@x.com')];
    const referrals = Collection.over(referralCollection, [...plain]);
    expect(countInvited(referrals, 'p1')).toBe(countInvited(plain, 'p1'));
    expect(countInvited(referrals, 'p1')).toBe(2);
    expect(referrals.findBy('panel_email', inPanel('AAAA-1', 'c@x.com'))?.id).toBe('r3');
    removeRecords(referrals, referrals[0]);
    expect(countInvited(referrals, 'p1')).toBe(1);
    expect(countInvited(referrals, 'nobody')).toBe(0);
  });
});

describe('tokens on a collection', () => {
  it('resolves a token by its value, refusing an expired one', () => {
    const tokens = Collection.over(tokenCollection, [issueToken('a', 'p1', 60, now), issueToken('b', 'p2', 3600, now)]);
    expect(findActiveToken(tokens, 'b', now)?.panelist_id).toBe('p2');
    expect(findActiveToken(tokens, 'a', later(60))).toBeUndefined();
    expect(findActiveToken(tokens, 'zzz', now)).toBeUndefined();
  });

  it('stores a token as filtering and appending did, whatever order the expiries come in', () => {
    // Two stores side by side: a collection (expiry heap) and a plain array (filter), fed the same tokens and times.
    const ids = createIdSource(7);
    const initial = Array.from({ length: 40 }, (_, i) => issueToken(`seed${i}`, 'p', Number(ids.digits(4)) % 7200, now));
    initial.push({ id: 'broken', panelist_id: 'p', issued_at: now.toISOString(), expires_at: 'not a date' });
    const tokens = Collection.over(tokenCollection, initial.map((t) => ({ ...t })));
    const plain: AccessToken[] = initial.map((t) => ({ ...t }));
    let clock = now;
    for (let i = 0; i < 200; i++) {
      clock = new Date(clock.getTime() + (Number(ids.digits(3)) % 120) * 1000);
      const lifetime = i % 5 === 0 ? 2_592_000 : 3600;
      storeToken(tokens, issueToken(`t${i}`, 'p', lifetime, clock), clock);
      const expected = [...dropExpiredTokens(plain, clock), issueToken(`t${i}`, 'p', lifetime, clock)];
      plain.length = 0;
      plain.push(...expected);
      expect(tokens.map((t) => t.id)).toEqual(plain.map((t) => t.id));
      if (i === 100) {
        // a change made elsewhere: the heap notices and is rebuilt
        removeRecords(tokens, tokens[0]);
        plain.shift();
      }
    }
    expect(tokens.length).toBeLessThan(200);
    expect(tokens.some((t) => t.id === 'broken')).toBe(false);
  });

  it('keeps every token when none has expired', () => {
    const tokens = Collection.over(tokenCollection, [issueToken('a', 'p1', 60, now)]);
    storeToken(tokens, issueToken('b', 'p1', 60, later(59)), later(59));
    expect(tokens.map((t) => t.id)).toEqual(['a', 'b']);
    storeToken(tokens, issueToken('c', 'p1', 60, now), later(60));
    expect(tokens.map((t) => t.id)).toEqual(['b', 'c']); // expires at its expiry instant: a, then b with it
  });
});

describe('seed', () => {
  const seed = (data: unknown, state = emptyState()) => {
    seedPureprofile(state, data, createIdSource(1));
    return state;
  };

  it('names panelists by id and by user in the same document, in order', () => {
    const state = seed({ panelists: [{ id: 'p1', user: 'ann@example.com' }, { id: 'p2', user: 'bob@example.com' }] });
    seed(
      {
        panelists: [
          { user: ' ANN@example.com ', first_name: 'Annie' },
          { id: 'p2', user: 'robert@example.com' },
          { user: 'bob@example.com' },
          { id: 'p1', last_name: 'Smith' },
          { user: 'Robert@Example.com', first_name: 'Rob' },
        ],
      },
      state,
    );
    expect(state.panelists.map((p) => [p.id, p.user, p.first_name, p.last_name])).toEqual([
      ['p1', ' ANN@example.com ', 'Annie', 'Smith'], // a merge lays the seed's spelling over
      ['p2', 'Robert@Example.com', 'Rob', 'Panelist'],
      [state.panelists[2].id, 'bob@example.com', 'Sandbox', 'Panelist'],
    ]);
  });

  it('counts the next variable id across runs of ids and names', () => {
    const state = seed({ variables: [{ name: 'A', id: 3 }, { name: 'B' }] });
    seed({ variables: [{ name: 'c' }, { id: 3, text: 'A?' }, { name: 'B', text: 'B?' }, { name: 'D', id: 20 }, { name: 'E' }, { name: 'F', panel_id: 'aaaa-1' }] }, state);
    expect(state.variables.map((v) => [v.id, v.name, v.text])).toEqual([
      [3, 'A', 'A?'],
      [4, 'B', 'B?'],
      [5, 'c', 'c'],
      [20, 'D', 'D'],
      [21, 'E', 'E'],
      [22, 'F', 'F'],
    ]);
  });

  it('finds a panel and a variable\'s panel in any case, and a referral\'s panel from its referrer', () => {
    const state = seed({
      panels: [{ id: 'Panel-Two', name: 'Two', locales: ['ENG-GB'] }],
      panelists: [{ id: 'p1', user: 'a@example.com', panel_id: 'Panel-Two' }],
    });
    seed(
      {
        panels: [{ id: ' panel-two ', name: 'Second' }],
        variables: [{ name: 'X', panel_id: 'PANEL-TWO' }, { name: 'x', panel_id: 'panel-two', text: 'Again' }],
        referrals: [{ id: 'r1', referrer_id: 'p1', email: 'f@example.com' }, { id: 'r1', email: 'g@example.com' }],
      },
      state,
    );
    expect(state.panels.map((p) => [p.id, p.name])).toEqual([
      [emptyState().panels[0].id, 'Pureprofile Sandbox Panel'],
      ['Panel-Two', 'Second'],
    ]);
    expect(state.variables.map((v) => [v.panel_id, v.name, v.text])).toEqual([['Panel-Two', 'X', 'Again']]);
    expect(state.referrals.map((r) => [r.id, r.panel_id, r.email])).toEqual([['r1', 'Panel-Two', 'g@example.com']]);
  });
});
