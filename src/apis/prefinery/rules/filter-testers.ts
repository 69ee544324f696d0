import { allBy } from '../../../engine/store/collection.js';
import { CUSTOM_VAR_INDEXES, customVarValueKey, testersByEmail, testersSpec } from '../collections.js';
import { inIdOrder } from '../ordered.js';
import type { operations } from '../spec.gen.js';
import type { Tester } from '../store.js';
import { normalizeEmail } from './email.js';

/** The documented list filters: listTesters' query parameters but the page. */
export type TesterFilters = Omit<NonNullable<operations['listTesters']['parameters']['query']>, 'page'>;

/**
 * The beta's testers the list filters keep, in id order. `testers` are the company's. An exact filter (email_is,
 * referral_code, custom_vars) starts from its index; email_contains and name alone read every tester of the beta.
 * Without filters the answer is the beta's testers themselves (shared: never change it).
 */
export function testersMatching(testers: readonly Tester[], betaId: number, given: TesterFilters): readonly Tester[] {
  const { email, ...filters } = given;
  // v1's `email` (exact) is read as `email_is`; with both, the two must match. Interpreted: v2 documents only
  // email_is, but two public v2 integrations look testers up with `email`, and answering every tester would hand
  // them the wrong one's share link.
  if (email && filters.email_is && normalizeEmail(email) !== normalizeEmail(filters.email_is)) return [];
  if (email) filters.email_is = email;
  const exact = exactCandidates(testers, betaId, filters);
  if (exact) return filterTesters(exact, filters);
  const all = inIdOrder(testers, testersSpec, 'beta', betaId);
  return filters.email_contains || filters.name ? filterTesters(all, filters) : all;
}

/** The beta's testers one exact filter names, in id order; undefined when no exact filter is set. */
function exactCandidates(testers: readonly Tester[], betaId: number, filters: TesterFilters): Tester[] | undefined {
  if (filters.email_is) return testersByEmail(testers, betaId, filters.email_is);
  const inBeta = (list: readonly Tester[]) => list.filter((t) => t.beta_id === betaId);
  if (filters.referral_code) return inBeta(allBy(testers, testersSpec, 'referral_code', filters.referral_code)).sort(byId);
  if (filters.custom_vars) {
    const key = customVarValueKey(betaId, filters.custom_vars);
    const found = new Set(CUSTOM_VAR_INDEXES.flatMap((index) => inBeta(allBy(testers, testersSpec, index, key))));
    return [...found].sort(byId);
  }
  return undefined;
}

const byId = (a: Tester, b: Tester) => a.id - b.id;

/** Apply the documented list filters; they combine (AND). Empty filter values are ignored. */
export function filterTesters(testers: readonly Tester[], filters: TesterFilters): Tester[] {
  const checks: Array<(t: Tester) => boolean> = [];
  if (filters.email_is) {
    const wanted = normalizeEmail(filters.email_is);
    checks.push((t) => normalizeEmail(t.email) === wanted);
  }
  if (filters.email_contains) {
    const part = filters.email_contains.trim().toLowerCase();
    checks.push((t) => t.email.toLowerCase().includes(part));
  }
  if (filters.name) {
    const part = filters.name.trim().toLowerCase();
    checks.push((t) => nameVariants(t).some((n) => n.includes(part)));
  }
  if (filters.referral_code) {
    const code = filters.referral_code;
    checks.push((t) => t.referral_code === code);
  }
  if (filters.custom_vars) {
    const value = filters.custom_vars;
    checks.push((t) => [t.profile.custom_var1, t.profile.custom_var2, t.profile.custom_var3].some((v) => v !== null && String(v) === value));
  }
  return testers.filter((t) => checks.every((check) => check(t)));
}

function nameVariants(t: Tester): string[] {
  const first = String(t.profile.first_name ?? '').toLowerCase();
  const last = String(t.profile.last_name ?? '').toLowerCase();
  return [first, last, `${first} ${last}`.trim()].filter((n) => n !== '');
}
