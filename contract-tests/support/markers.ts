// Parity markers: every contract test says whether it holds against the live vendor (liveTest) or only against the
// sandbox (mockTest), and nothing is focused or skipped by hand. Checked by markers.contract.test.ts in `npm test`,
// in the spirit of LocalStack's check-aws-markers. A regex scan over the source with comments, strings, template
// text and regex literals blanked out (offsets and line numbers kept), not a parser: simple, and enough for test files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface MarkerViolation {
  /** Path relative to the scanned root, with forward slashes. */
  file: string;
  line: number;
  rule: 'plain-test' | 'vitest-import' | 'only-or-skip';
  text: string;
  message: string;
}

export interface ScanOptions {
  /** A contract test file: plain it()/test() and it/test imports from vitest are not allowed. */
  contract: boolean;
  /** The file that defines liveTest and mockTest (it may import `it`). */
  markerDefinitions?: boolean;
}

const REGEX_AFTER_CHARS = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * The source with the contents of comments, string literals, template literal text and regex literals replaced by
 * spaces. Delimiters (quotes, backticks) and newlines stay, so offsets and line numbers are the source's own.
 * Code inside `${...}` stays code.
 */
export function blankNonCode(source: string): string {
  const out = source.split('');
  const blank = (i: number) => {
    if (i < out.length && out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  const n = source.length;
  const templateDepths: number[] = []; // brace depth at each open ${
  let depth = 0;
  let inTemplate = false;
  let lastChar = ''; // last significant code character ('a' after a word)
  let lastWord = '';
  let i = 0;
  while (i < n) {
    const c = source[i]!;
    if (inTemplate) {
      if (c === '\\') {
        blank(i);
        blank(i + 1);
        i += 2;
      } else if (c === '`') {
        inTemplate = false;
        lastChar = '`';
        i++;
      } else if (c === '$' && source[i + 1] === '{') {
        templateDepths.push(depth++);
        inTemplate = false;
        lastChar = '{';
        i += 2;
      } else {
        blank(i++);
      }
      continue;
    }
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') blank(i++);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      while (i < stop) blank(i++);
      continue;
    }
    if (c === "'" || c === '"') {
      i++;
      while (i < n && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') blank(i++);
        blank(i++);
      }
      i++;
      lastChar = c;
      continue;
    }
    if (c === '`') {
      inTemplate = true;
      i++;
      continue;
    }
    if (c === '/' && (lastChar === '' || REGEX_AFTER_CHARS.has(lastChar) || (lastChar === 'a' && REGEX_AFTER_WORDS.has(lastWord)))) {
      const end = regexEnd(source, i);
      if (end > 0) {
        for (let j = i + 1; j < end; j++) blank(j);
        i = end + 1;
        lastChar = 'a';
        lastWord = '';
        continue;
      }
    }
    if (/[\w$]/.test(c)) {
      const start = i;
      while (i < n && /[\w$]/.test(source[i]!)) i++;
      lastWord = source.slice(start, i);
      lastChar = 'a';
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth - 1) {
        templateDepths.pop();
        depth--;
        inTemplate = true;
        i++;
        continue;
      }
      depth--;
    }
    if (!/\s/.test(c)) {
      lastChar = c;
      lastWord = '';
    }
    i++;
  }
  return out.join('');
}

/** Index of the closing slash of a regex literal starting at `start`, or -1 when it is not one (a line ends first). */
function regexEnd(source: string, start: number): number {
  let inClass = false;
  for (let j = start + 1; j < source.length; j++) {
    const ch = source[j];
    if (ch === '\\') j++;
    else if (ch === '\n') return -1;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return j;
  }
  return -1;
}

const CHAIN = String.raw`(?:\s*\.\s*[A-Za-z_$][\w$]*)*`;
/** it( / test( / it.each( / test.each`...` / it.concurrent( / it.skipIf(x)( ... : any call through `it` or `test`. */
const PLAIN_TEST = new RegExp(String.raw`(?<![\w$.])(it|test)${CHAIN}\s*[(\x60]`, 'g');
/** .only / .skip anywhere on a test or suite declaration (skipIf/runIf are not .skip). */
const ONLY_OR_SKIP = new RegExp(String.raw`(?<![\w$.])(describe|suite|it|test|bench|liveTest|mockTest)${CHAIN}?\s*\.\s*(only|skip)(?![\w$])`, 'g');
/** A named import from 'vitest' (specifier blanked: its text is checked in the original source). */
const VITEST_IMPORT = /(?<![\w$.])import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*(['"])(\s*)\2/dg;
const TEST_DECLARERS = new Set(['it', 'test', 'bench']);

/** The marker violations in one file's source. */
export function findMarkerViolations(source: string, file: string, options: ScanOptions): MarkerViolation[] {
  const code = blankNonCode(source);
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const lineText = (index: number) => source.split('\n')[lineAt(index) - 1]!.trim();
  const found: MarkerViolation[] = [];
  const add = (index: number, rule: MarkerViolation['rule'], message: string) =>
    found.push({ file, line: lineAt(index), rule, text: lineText(index), message });

  for (const m of code.matchAll(ONLY_OR_SKIP)) {
    add(m.index, 'only-or-skip', `.${m[2]} left in a test file: remove it (use mockTest for sandbox-only tests)`);
  }
  if (!options.contract || options.markerDefinitions) return found;

  for (const m of code.matchAll(PLAIN_TEST)) {
    add(m.index, 'plain-test', `plain ${m[1]}(): declare contract tests with liveTest or mockTest from contract-tests/support/target.ts`);
  }
  for (const m of code.matchAll(VITEST_IMPORT)) {
    const [from, to] = m.indices![3]!;
    if (source.slice(from, to) !== 'vitest') continue;
    const names = m[1]!.split(',').map((part) => part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim());
    for (const name of names.filter((n) => TEST_DECLARERS.has(n))) {
      add(m.index, 'vitest-import', `imports ${name} from vitest: use liveTest or mockTest from contract-tests/support/target.ts`);
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/**
 * Scan a checkout: every .ts file under contract-tests/ (plain it/test only in *.test.ts, it/test imports anywhere
 * but support/target.ts) and every *.test.ts under src/ and fixtures/ (.only/.skip only).
 */
export function scanMarkers(root: string): MarkerViolation[] {
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const contract = walk(join(root, 'contract-tests')).filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));
  const unit = ['src', 'fixtures'].flatMap((d) => walk(join(root, d))).filter((p) => /\.test\.[cm]?[jt]s$/.test(p));
  return [
    ...contract.flatMap((path) => {
      const file = rel(path);
      const markerDefinitions = file === 'contract-tests/support/target.ts';
      const violations = findMarkerViolations(readFileSync(path, 'utf8'), file, { contract: true, markerDefinitions });
      // Helpers (client.ts, <vendor>/target.ts) may use a local named `test`; only their imports are checked.
      return /\.test\.ts$/.test(file) ? violations : violations.filter((v) => v.rule !== 'plain-test');
    }),
    ...unit.flatMap((path) => findMarkerViolations(readFileSync(path, 'utf8'), rel(path), { contract: false })),
  ];
}

export function formatViolations(violations: MarkerViolation[]): string {
  return violations.map((v) => `${v.file}:${v.line}: ${v.message}\n    ${v.text}`).join('\n');
}
