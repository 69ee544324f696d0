import type { operations } from '../spec.gen.js';
import type { Tester } from '../store.js';
import { normalizeEmail } from './email.js';

/** The documented list filters: listTesters' query parameters but the page. */
export type TesterFilters = Omit<NonNullable<operations['listTesters']['parameters']['query']>, 'page'>;

/** Apply the documented list filters; they combine (AND). Empty filter values are ignored. */
export function filterTesters(testers: Tester[], filters: TesterFilters): Tester[] {
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
