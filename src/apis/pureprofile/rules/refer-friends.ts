import { PureprofileError } from '../errors.js';
import { isValidEmail, normalizeEmail } from './emails.js';

export type FailureReason = 'invalid' | 'panelist' | 'already_invited' | 'self' | 'duplicate';

/** A set of normalized addresses, as far as classifying needs one: a Set, or a lookup in an index. */
export type EmailLookup = Pick<ReadonlySet<string>, 'has'>;

export interface ReferralContext {
  /** The sender's own address, if the panelist has one. */
  senderEmail: string | null;
  /** Normalized addresses of this panel's panelists. */
  panelistEmails: EmailLookup;
  /** Normalized addresses anyone in this panel has already invited. */
  invitedEmails: EmailLookup;
}

export interface ReferralOutcome {
  invited: string[];
  failed: string[];
  /** Why each failed address failed, in the order of `failed` (kept for the store and tests; not in the response). */
  reasons: FailureReason[];
}

/** Over the panel's limit the whole request is refused, so nothing is half-sent. */
export function checkEmailLimit(count: number, max: number): void {
  if (count > max) throw PureprofileError.tooManyEmails(max);
}

/** Sort each address into invited or failed, in request order; the first occurrence of a repeat wins. */
export function classifyReferrals(emails: string[], context: ReferralContext): ReferralOutcome {
  const outcome: ReferralOutcome = { invited: [], failed: [], reasons: [] };
  const seen = new Set<string>();
  const sender = context.senderEmail === null ? null : normalizeEmail(context.senderEmail);
  for (const email of emails) {
    const key = normalizeEmail(email);
    const reason = findFailureReason(email, key, sender, seen, context);
    seen.add(key);
    if (reason) {
      outcome.failed.push(email);
      outcome.reasons.push(reason);
    } else {
      outcome.invited.push(email);
    }
  }
  return outcome;
}

function findFailureReason(email: string, key: string, sender: string | null, seen: Set<string>, context: ReferralContext): FailureReason | null {
  if (!isValidEmail(email)) return 'invalid';
  if (seen.has(key)) return 'duplicate';
  if (key === sender) return 'self';
  if (context.panelistEmails.has(key)) return 'panelist';
  if (context.invitedEmails.has(key)) return 'already_invited';
  return null;
}
