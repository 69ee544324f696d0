import { describe, expect, it } from 'vitest';
import { createSubscriberFactory } from '../../../../fixtures/partnero/factories.js';
import { simplePaginate } from './paginate.js';
import { laravelTimestamp, presentSubscriber } from './present.js';
import { countReferrals, filterByReferStatus, programTotals, referralCount } from './referrals.js';

const make = createSubscriberFactory(2);

describe('referral counting', () => {
  const referrer = make();
  const friend = make({ referred_by: referrer.key });
  const friendOfFriend = make({ referred_by: friend.key });
  const orphan = make({ referred_by: 'sub_deleted' });
  const all = [referrer, friend, friendOfFriend, orphan];

  it('counts referrals per referrer from the records', () => {
    const counts = countReferrals(all);
    expect(counts.get(referrer.key)).toBe(1);
    expect(counts.get(friend.key)).toBe(1);
    expect(counts.get(orphan.key)).toBeUndefined();
  });

  it('totals: referring needs a remaining referee, referred keeps a deleted referrer', () => {
    expect(programTotals(all)).toEqual({ total_subscribers: 4, total_referring: 2, total_referred: 3 });
  });

  it('filters by refer_status', () => {
    expect(filterByReferStatus(all, 'non_referred')).toEqual([referrer]);
    expect(filterByReferStatus(all, 'referred')).toHaveLength(3);
    expect(filterByReferStatus(all)).toBe(all);
  });

  it('presents status capitalised, links from stable codes and the live count', () => {
    const program = { id: 'p', name: 'n', esp_type: null, esp_type_name: null, portal_host: 'h.test', created_at: '' };
    const shown = presentSubscriber({ ...referrer, status: 'suspended' }, program, referralCount(all, referrer.key));
    expect(shown).toMatchObject({ status: 'Suspended', referrals_count: 1, is_referred: false, share_link: `https://h.test/share/${referrer.share_code}` });
  });
});

describe('simplePaginate', () => {
  const items = Array.from({ length: 25 }, (_, i) => i);

  it('pages without a total, carrying kept query parameters', () => {
    const page = simplePaginate(items, 3, 10, 'http://x/v1/subscribers', { limit: '10' });
    expect(page.data).toEqual([20, 21, 22, 23, 24]);
    expect(page.meta).toEqual({ current_page: 3, from: 21, path: 'http://x/v1/subscribers', per_page: 10, to: 25 });
    expect(page.links).toEqual({ first: 'http://x/v1/subscribers?limit=10&page=1', last: null, prev: 'http://x/v1/subscribers?limit=10&page=2', next: null });
  });
});

describe('laravelTimestamp', () => {
  it('prints second precision with six zero digits, as every Partnero example does', () => {
    expect(laravelTimestamp(new Date('2024-09-02T09:03:18.123Z'))).toBe('2024-09-02T09:03:18.000000Z');
  });
});
