import type { CodeConfig } from '../store.js';

export const DEFAULT_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const DEFAULT_CODE_LENGTH = 8;

/**
 * A code from Voucherify's code_config: `pattern` ("#" = one charset character) wins over `length`;
 * prefix and postfix wrap it. `pick(n)` returns an index in [0, n) so callers choose the randomness.
 */
export function generateCode(config: CodeConfig, pick: (n: number) => number): string {
  const charset = config.charset && config.charset.length > 0 ? config.charset : DEFAULT_CHARSET;
  const random = () => charset[pick(charset.length)];
  const body = config.pattern
    ? config.pattern.replace(/#/g, random)
    : Array.from({ length: config.length ?? DEFAULT_CODE_LENGTH }, random).join('');
  return `${config.prefix ?? ''}${body}${config.postfix ?? ''}`;
}

/** Try a few times for a code no voucher uses yet; a tiny charset can run out, which callers report. */
export function generateUniqueCode(config: CodeConfig, pick: (n: number) => number, taken: (code: string) => boolean): string | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = generateCode(config, pick);
    if (!taken(code)) return code;
  }
  return undefined;
}
