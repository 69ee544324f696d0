// Every contract test is a liveTest or a mockTest, and no test anywhere is left focused or skipped (see markers.ts).
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { blankNonCode, findMarkerViolations, formatViolations, scanMarkers } from './markers.js';
import { mockTest } from './target.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const contract = (source: string) => findMarkerViolations(source, 'x.contract.test.ts', { contract: true });
const unit = (source: string) => findMarkerViolations(source, 'x.test.ts', { contract: false });
const rules = (source: string) => contract(source).map((v) => `${v.line}:${v.rule}`);

describe('the parity-marker check', () => {
  mockTest('passes this checkout: no plain it/test in contract tests, no .only/.skip in any test file', () => {
    const violations = scanMarkers(ROOT);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  mockTest('catches plain it(), test.each, it.concurrent and friends, with their line', () => {
    expect(rules("describe('s', () => {\n  it('x', () => {});\n});")).toEqual(['2:plain-test']);
    expect(rules("test.each([1, 2])('n %i', (n) => {});")).toEqual(['1:plain-test']);
    expect(rules('test.each`\n  a | b\n  ${1} | ${2}\n`(\'$a\', () => {});')).toEqual(['1:plain-test']);
    expect(rules("it.concurrent('x', async () => {});")).toEqual(['1:plain-test']);
    expect(rules("it\n  .skipIf(true)('x', () => {});")).toEqual(['1:plain-test']);
    expect(rules("test.for([1])('x', () => {});")).toEqual(['1:plain-test']);
    expect(rules("it.each([1]).concurrent('x', () => {});")).toEqual(['1:plain-test']);
  });

  mockTest('catches importing it, test or bench from vitest, renamed or not', () => {
    expect(rules("import { describe, it } from 'vitest';")).toEqual(['1:vitest-import']);
    expect(rules('import { expect, test as check } from "vitest";\ncheck("x", () => {});')).toEqual(['1:vitest-import']);
    expect(rules("import { it } from './elsewhere.js';")).toEqual([]);
  });

  mockTest('does not flag liveTest, mockTest, describe, or it/test inside comments, strings and regexes', () => {
    expect(
      contract(
        [
          "import { describe, expect } from 'vitest';",
          "import { liveTest, mockTest } from '../support/target.js';",
          "describe('it( is fine in a name', () => {",
          "  liveTest('works live', async () => {});",
          "  mockTest('sandbox only', () => {});",
          '  liveTest.each([1, 2])("n %i", () => {});',
          "  mockTest.concurrent('x', () => {});",
          "  describe.each([1])('suite %i', () => {});",
          "  // it('commented out', () => {});",
          "  /* test.each([1])('x') */",
          '  const s = "it(\'in a string\')" + `test(${"nested"}) ${`it(`}`;',
          '  const r = /it\\(|test\\(/.test(s) ? 1 / 2 : 3;',
          '  expect(r).toBe(0.5); expect.it; vi.test; obj.it("x");',
          '});',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  mockTest('flags .only and .skip on any test or suite, in contract and unit tests alike', () => {
    expect(rules("describe.only('s', () => {});")).toEqual(['1:only-or-skip']);
    expect(rules("liveTest.skip('x', () => {});")).toEqual(['1:only-or-skip']);
    expect(rules("mockTest.concurrent.only('x', () => {});")).toEqual(['1:only-or-skip']);
    expect(unit("it.only('x', () => {});").map((v) => v.rule)).toEqual(['only-or-skip']);
    expect(unit("describe.concurrent.skip('s', () => {});").map((v) => v.rule)).toEqual(['only-or-skip']);
    // Plain it() is fine in unit tests; skipIf/runIf and a test's own ctx.skip() are not hand-skips.
    expect(unit("it('x', () => {}); it.skipIf(process.env.CI)('y', (ctx) => ctx.skip());")).toEqual([]);
  });

  mockTest('keeps offsets and line numbers when blanking non-code', () => {
    const source = "a('x') // c\n/* b\n */ `t ${u('v')} w` / 2; /re/g";
    const blanked = blankNonCode(source);
    expect(blanked).toHaveLength(source.length);
    expect(blanked.split('\n')).toHaveLength(3);
    expect(blanked).toContain("u(' ')");
    expect(blanked).not.toContain('re');
    expect(blanked).not.toMatch(/[xcbtw]/);
  });
});
