import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSpecTypes, listSpecTargets } from './generate-types.js';

// The generated types are committed so the compiler sees them; this fails when a spec changed without `npm run specs:types`.
describe.each(listSpecTargets().map((t) => [relative(process.cwd(), t.target), t] as const))('%s', (_name, { spec, target }) => {
  it('is what `npm run specs:types` generates from its spec today', async () => {
    expect(readFileSync(target, 'utf8'), `stale: run npm run specs:types`).toBe(await generateSpecTypes(spec));
  });
});
