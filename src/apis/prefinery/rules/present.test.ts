import { describe, expect, it } from 'vitest';
import { presentBeta, presentInvitationTester, presentPoint, presentReward, presentTester } from './present.js';
import { makeBeta, makeTester } from './test-records.js';

const beta = makeBeta({ share_host: 'http://l.aunch.us' });
const referrer = makeTester({ email: 'leonard@bigbangtheory.com', status: 'active' }, { share_clicks_count: 3 });
const referred = makeTester({ email: 'sheldon@bigbangtheory.com', status: 'applied', referred_by_id: referrer.id, referred_via: 'referral' });
const invited = makeTester({ email: 'amy@bigbangtheory.com', status: 'invited', referred_by_id: referrer.id, referred_via: 'friend_invitation' });
const other = makeTester({ email: 'x@other.com', status: 'active' }, { beta_id: 2 });
const all = [referrer, referred, invited, other];

describe('presenters', () => {
  it('beta counters come from its own testers; share signups count referrals, not friend invitations', () => {
    expect(presentBeta(beta, all)).toMatchObject({
      testers_count: 3,
      share_clicks_count: 3,
      share_signups_count: 1,
      imported_testers_count: 0,
      applied_testers_count: 1,
      invited_testers_count: 1,
      active_testers_count: 1,
      rejected_testers_count: 0,
    });
  });

  it('a tester shows its referrer, share link and derived counts', () => {
    const shown = presentInvitationTester(referred, beta, all);
    expect(shown.referred_by).toEqual({ id: referrer.id, email: referrer.email });
    expect(shown.share_link).toBe(`http://l.aunch.us/${referred.referral_code}`);
    expect(presentInvitationTester(referrer, beta, all)).toMatchObject({ share_signups_count: 1, friend_invitations_remaining: 5, referred_by: null });
  });

  it('the invitation shape has exactly the seed fields; the full shape adds allowance, status link and waitlist', () => {
    expect(Object.keys(presentInvitationTester(referrer, beta, all))).not.toContain('waitlist_position');
    expect(Object.keys(presentInvitationTester(referrer, beta, all).profile)).not.toContain('custom_var1');
    const full = presentTester(referred, beta, all);
    expect(full).toMatchObject({ friend_invitations_allowed: 5, waitlist_position: 2, waitlist_ahead: 1, waitlist_behind: 1, waitlist_length: 3 });
    expect(full.share_status_link).toBe(`${full.share_link}?check=${referred.share_status_check}`);
    expect(full.profile).toHaveProperty('custom_var3', null);
  });

  it("a suspended tester's shares and referrals are not counted, nor is a suspended friend a referral", () => {
    const suspendedReferrer = { ...referrer, status: 'suspended' as const };
    const withSuspendedReferrer = [suspendedReferrer, referred, invited, other];
    expect(presentInvitationTester(suspendedReferrer, beta, withSuspendedReferrer)).toMatchObject({ share_clicks_count: 0, share_signups_count: 0 });
    expect(presentBeta(beta, withSuspendedReferrer)).toMatchObject({ share_clicks_count: 0, share_signups_count: 0, testers_count: 3 });
    const suspendedFriend = [referrer, { ...referred, status: 'suspended' as const }, invited, other];
    expect(presentInvitationTester(referrer, beta, suspendedFriend).share_signups_count).toBe(0);
    expect(presentBeta(beta, suspendedFriend)).toMatchObject({ share_signups_count: 0, share_clicks_count: 3, applied_testers_count: 0 });
  });

  it('rewards and points show exactly the documented fields', () => {
    const reward = { id: 4, beta_id: 1, user_id: 2, descriptor: 'd', name: 'n', type: 'Milestone' as const, user_role: 'referrer' as const, status: 'earned' as const, earned_at: 'e', delivered_at: null, revoked_at: null, referral_id: 9 };
    expect(presentReward(reward)).toEqual({ id: 4, descriptor: 'd', name: 'n', type: 'Milestone', user_role: 'referrer', user_id: 2, status: 'earned', earned_at: 'e', delivered_at: null, revoked_at: null });
    const point = { id: 5, beta_id: 1, user_id: 2, quantity: 3, activity: 'reward' as const, reason: null, reward_id: 4, created_at: 'c' };
    expect(presentPoint(point)).toEqual({ id: 5, quantity: 3, activity: 'reward', reason: null, user_id: 2, created_at: 'c' });
  });
});
