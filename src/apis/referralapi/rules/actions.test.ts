import { describe, expect, it } from 'vitest';
import { countsAsClick } from './actions.js';

describe('countsAsClick', () => {
  it('counts the web script VISIT action as a click', () => {
    expect(countsAsClick('VISIT')).toBe(true);
  });

  it('does not count other actions, nor a differently cased visit', () => {
    expect(countsAsClick('PURCHASED_PRODUCT')).toBe(false);
    expect(countsAsClick('visit')).toBe(false);
  });
});
