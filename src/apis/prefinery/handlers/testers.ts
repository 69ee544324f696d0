import { allBy } from '../../../engine/store/collection.js';
import { friendInvitationsSpec, pointsSpec, rewardsSpec, testerById, testersByEmail, testersSpec } from '../collections.js';
import { PrefineryError } from '../errors.js';
import { isValidEmail, nonBlank } from '../rules/email.js';
import { testersMatching } from '../rules/filter-testers.js';
import { buildTester, mergeProfile, newInvitationCode } from '../rules/new-tester.js';
import { paginate, paginationHeader } from '../rules/paginate.js';
import { presentTester } from '../rules/present.js';
import { planStatusChange } from '../rules/tester-status.js';
import { formatTimestamp } from '../rules/time.js';
import { takeNextId, type PrefineryState, type Tester } from '../store.js';
import { addTester, changeMany, changeTester, changeTesters, removeMany, removeTesters } from '../writes.js';
import { sendStatusEmail } from './emails.js';
import { emitEvent, emitReferralEvent, emitTesterEvent, testerEventData } from './events.js';
import type { H } from './handler.js';
import { findBeta, findTester } from './lookup.js';
import { revokeForSuspension, settleRewards } from './rewards.js';

export const listTesters: H<'listTesters'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const testers = testersMatching(ctx.state.testers, beta.id, req.query);
  const { items, facts } = paginate(testers, req.query.page ?? 1);
  return { status: 200, body: items.map((t) => presentTester(t, beta, ctx.state.testers)), headers: paginationHeader(facts) };
};

export const getTester: H<'getTester'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  return { status: 200, body: presentTester(findTester(ctx.state, beta.id, req.params.tester_id), beta, ctx.state.testers) };
};

/** v1's verify, as a public v2 client calls it: is this the tester's invitation code? (interpreted; see the spec) */
export const verifyTester: H<'verifyTester'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const tester = findTester(ctx.state, beta.id, req.params.tester_id);
  if (!codeMatches(tester, req.query.invitation_code ?? req.query.invite_code)) throw PrefineryError.invitationCodeInvalid();
  return { status: 200, body: presentTester(tester, beta, ctx.state.testers) };
};

const codeMatches = (tester: Tester, code: string | undefined) => tester.invitation_code !== null && code !== undefined && code === tester.invitation_code;

export const createTester: H<'createTester'> = (req, ctx) => {
  const { state } = ctx;
  const beta = findBeta(state, req.params.beta_id);
  const input = req.body.tester;
  const email = checkEmail(state, beta.id, input.email);
  const named = input.referrer_id ? testerById(state.testers, input.referrer_id) : undefined;
  const referrer = named?.beta_id === beta.id ? named : undefined;
  const now = formatTimestamp(ctx.clock.now());
  const tester = buildTester(
    takeNextId(state, 'tester', state.testers),
    { beta_id: beta.id, email, status: input.status, profile: input.profile, groups: input.groups, referred_by_id: referrer?.id ?? null },
    now,
    ctx.ids,
  );
  addTester(state, tester);
  sendStatusEmail(ctx, beta, tester);
  emitTesterEvent(ctx, 'tester_created', beta, tester);
  if (referrer) emitReferralEvent(ctx, beta, referrer, tester, null);
  settleRewards(ctx, beta, tester);
  return { status: 201, body: presentTester(tester, beta, state.testers) };
};

export const updateTester: H<'updateTester'> = (req, ctx) => {
  const { state } = ctx;
  const beta = findBeta(state, req.params.beta_id);
  const tester = findTester(state, beta.id, req.params.tester_id);
  const input = req.body.tester;
  const email = input.email === undefined ? tester.email : checkEmail(state, beta.id, input.email, tester);

  const now = formatTimestamp(ctx.clock.now());
  const change = input.status ? planStatusChange(tester, input.status, now) : {};
  const patch: Partial<Tester> = { ...change, email, updated_at: now, profile: mergeProfile(tester.profile, input.profile) };
  if (input.groups !== undefined) patch.groups = input.groups;
  if (change.status === 'invited' && !tester.invitation_code) patch.invitation_code = newInvitationCode(ctx.ids);
  changeTester(state, tester, (t) => Object.assign(t, patch));
  // Unsuspending restores a status; it does not send that status's email again.
  if (change.status && input.status !== 'unsuspended') sendStatusEmail(ctx, beta, tester);
  emitTesterEvent(ctx, 'tester_updated', beta, tester);
  if (change.status === 'suspended') revokeForSuspension(ctx, beta, tester);
  settleRewards(ctx, beta, tester);
  return { status: 200, body: presentTester(tester, beta, state.testers) };
};

export const deleteTester: H<'deleteTester'> = (req, ctx) => {
  const { state } = ctx;
  const beta = findBeta(state, req.params.beta_id);
  const tester = findTester(state, beta.id, req.params.tester_id);
  // The event shows the tester as it was last seen, waitlist place included.
  const last = testerEventData(ctx, beta, tester);
  removeTesters(state, [tester]);
  changeTesters(state, allBy(state.testers, testersSpec, 'referrer', tester.id), (t) => Object.assign(t, { referred_by_id: null, referred_via: null }));
  // Invitations outlive their testers but point at nobody (0) from now on, so the state stays free of dangling ids.
  const invitations = (field: 'inviter_id' | 'invitee_id', index: string) =>
    changeMany(state.friend_invitations, allBy(state.friend_invitations, friendInvitationsSpec, index, tester.id), (i) => (i[field] = 0), (all) => (state.friend_invitations = all));
  invitations('inviter_id', 'inviter');
  invitations('invitee_id', 'invitee');
  // The tester's own rewards and points go with it; rewards its referral earned others stay, through nobody.
  removeMany(state.rewards, [...allBy(state.rewards, rewardsSpec, 'holder', tester.id)], (rest) => (state.rewards = rest));
  removeMany(state.points, [...allBy(state.points, pointsSpec, 'holder', tester.id)], (rest) => (state.points = rest));
  changeMany(state.rewards, allBy(state.rewards, rewardsSpec, 'referral', tester.id), (r) => (r.referral_id = null), (all) => (state.rewards = all));
  emitEvent(ctx, 'tester_deleted', last);
  return { status: 200 };
};

/** 2301 for a missing or malformed email, 2310 when another tester of the beta (not `self`) has it. */
function checkEmail(state: PrefineryState, betaId: number, email: string | null | undefined, self?: Tester): string {
  const sent = nonBlank(email);
  if (sent === undefined || !isValidEmail(sent)) throw PrefineryError.rule(2301);
  if (testersByEmail(state.testers, betaId, sent).some((t) => t !== self)) throw PrefineryError.rule(2310);
  return sent.trim();
}
