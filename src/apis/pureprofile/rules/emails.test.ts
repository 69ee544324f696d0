import { describe, expect, it } from 'vitest';
import { isValidEmail, normalizeEmail } from './emails.js';

describe('isValidEmail', () => {
  it.each(['a@example.com', 'first.last+tag@sub.example.co.uk', 'X_Y@EXAMPLE.ORG'])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each(['', 'plain', 'a@', '@example.com', 'a@example', 'a b@example.com', 'a@@example.com', 'a@-example.com'])('refuses %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('normalizeEmail', () => {
  it('lower-cases and trims', () => {
    expect(normalizeEmail('  Bob@Example.COM ')).toBe('bob@example.com');
  });
});
