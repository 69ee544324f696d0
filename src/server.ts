import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenario, parseCounts } from '../fixtures/generate.js';
import { buildScenario } from '../fixtures/index.js';
import { vendors } from './apis/index.js';
import { createApp, type EngineOptions, type SandboxApp } from './engine/create-app.js';

/** The package's specs/ folder, found by walking up from this file: src/ (tsx, tests) and dist/src/ (built) alike. */
export const SPEC_DIR = findSpecDir(dirname(fileURLToPath(import.meta.url)));

function findSpecDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'specs');
    if (existsSync(join(candidate, 'partnero.yaml'))) return candidate + sep;
    if (dirname(dir) === dir) throw new Error(`referral-sandbox: no specs/partnero.yaml above ${from}`);
  }
}

export type ServerOptions = Partial<Omit<EngineOptions, 'vendors' | 'specDir' | 'buildScenario'>> & {
  /** Serve only these vendors (contract tests of one vendor load only its spec). Default: all. */
  only?: string[];
};

/** The sandbox with all five vendors. Memory store unless `db` names a file; never listens. */
export function createServer({ only, ...options }: ServerOptions = {}): SandboxApp {
  const selected = only ? vendors.filter((v) => only.includes(v.name)) : vendors;
  const scenario = (name: string) => {
    const doc = buildScenario(name);
    return doc && only ? Object.fromEntries(Object.entries(doc).filter(([vendor]) => only.includes(vendor))) : doc;
  };
  const generate = ({ counts, seed, tenant }: { counts: unknown; seed?: unknown; tenant?: unknown }) => {
    if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) throw new Error('"counts" must be an object such as {"partnero.subscribers": 100}');
    if (seed !== undefined && !Number.isInteger(seed)) throw new Error('"seed" must be a whole number');
    if (tenant !== undefined && typeof tenant !== 'string') throw new Error('"tenant" must be a tenant id');
    return generateScenario(parseCounts(counts as Record<string, unknown>), (seed as number | undefined) ?? 1, (tenant as string | undefined) ?? 'default');
  };
  return createApp({ vendors: selected, specDir: SPEC_DIR, buildScenario: scenario, generate, ...options });
}
