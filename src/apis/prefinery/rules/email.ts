// Email handling shared by testers and friend invitations.

// Deliberately loose (one @, a dot in the domain, no spaces), like the Rails format validators vendors tend to use.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** The form emails are compared in: trimmed, lower-cased. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** The value as sent, or undefined when it is missing, null or only whitespace (a "required" email left blank). */
export function nonBlank(value: string | null | undefined): string | undefined {
  return value === undefined || value === null || value.trim() === '' ? undefined : value;
}
