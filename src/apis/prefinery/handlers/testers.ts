import { PrefineryError } from '../errors.js';
import { isValidEmail, nonBlank, normalizeEmail } from '../rules/email.js';
import { filterTesters } from '../rules/filter-testers.js';
import { buildTester, mergeProfile, newInvitationCode } from '../rules/new-tester.js';
import { paginate, paginationHeader } from '../rules/paginate.js';
import { presentTester } from '../rules/present.js';
import { planStatusChange } from '../rules/tester-status.js';
import { formatTimestamp } from '../rules/time.js';
import { takeNextId, type Tester } from '../store.js';
import { sendStatusEmail } from './emails.js';
import { emitEvent, emitReferralEvent, emitTesterEvent, testerEventData } from './events.js';
import type { H } from './handler.js';
import { findBeta, findTester, testersOf } from './lookup.js';
import { revokeForSuspension, settleRewards } from './rewards.js';

export const listTesters: H<'listTesters'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const testers = filterTesters(testersOf(ctx.state, beta.id), req.query);
  const { items, facts } = paginate(testers, req.query.page ?? 1);
  return { status: 200, body: items.map((t) => presentTester(t, beta, ctx.state.testers)), headers: paginationHeader(facts) };
};

export const getTester: H<'getTester'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  return { status: 200, body: presentTester(findTester(ctx.state, beta.id, req.params.tester_id), beta, ctx.state.testers) };
};

export const createTester: H<'createTester'> = (req, ctx) => {
  const { state } = ctx;
  const beta = findBeta(state, req.params.beta_id);
  const input = req.body.tester;
  const email = checkEmail(input.email, testersOf(state, beta.id));
  const referrer = input.referrer_id ? testersOf(state, beta.id).find((t) => t.id === input.referrer_id) : undefined;
  const now = formatTimestamp(ctx.clock.now());
  const tester = buildTester(
    takeNextId(state, 'tester', state.testers),
    { beta_id: beta.id, email, status: input.status, profile: input.profile, groups: input.groups, referred_by_id: referrer?.id ?? null },
    now,
    ctx.ids,
  );
  state.testers.push(tester);
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
  const others = testersOf(state, beta.id).filter((t) => t.id !== tester.id);
  const email = input.email === undefined ? tester.email : checkEmail(input.email, others);

  const now = formatTimestamp(ctx.clock.now());
  const change = input.status ? planStatusChange(tester, input.status, now) : {};
  const patch: Partial<Tester> = { ...change, email, updated_at: now, profile: mergeProfile(tester.profile, input.profile) };
  if (input.groups !== undefined) patch.groups = input.groups;
  if (change.status === 'invited' && !tester.invitation_code) patch.invitation_code = newInvitationCode(ctx.ids);
  Object.assign(tester, patch);
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
  state.testers.splice(state.testers.indexOf(tester), 1);
  for (const t of state.testers) {
    if (t.referred_by_id === tester.id) Object.assign(t, { referred_by_id: null, referred_via: null });
  }
  // Invitations outlive their testers but point at nobody (0) from now on, so the state stays free of dangling ids.
  for (const i of state.friend_invitations) {
    if (i.inviter_id === tester.id) i.inviter_id = 0;
    if (i.invitee_id === tester.id) i.invitee_id = 0;
  }
  // The tester's own rewards and points go with it; rewards its referral earned others stay, through nobody.
  state.rewards = state.rewards.filter((r) => r.user_id !== tester.id);
  state.points = state.points.filter((p) => p.user_id !== tester.id);
  for (const r of state.rewards) if (r.referral_id === tester.id) r.referral_id = null;
  emitEvent(ctx, 'tester_deleted', last);
  return { status: 200 };
};

/** 2301 for a missing or malformed email, 2310 when another tester of the beta has it. */
function checkEmail(email: string | null | undefined, others: Tester[]): string {
  const sent = nonBlank(email);
  if (sent === undefined || !isValidEmail(sent)) throw PrefineryError.rule(2301);
  const wanted = normalizeEmail(sent);
  if (others.some((t) => normalizeEmail(t.email) === wanted)) throw PrefineryError.rule(2310);
  return sent.trim();
}
