import { join, sep } from 'node:path';
import { generateScenario, parseCounts } from '../fixtures/generate.js';
import { buildScenario, listScenarios } from '../fixtures/index.js';
import type { FixtureDocument } from '../fixtures/types.js';
import { readDocument } from './config.js';
import type { ScenarioDocument } from './engine/types.js';
import { vendors } from './apis/index.js';
import { createApp, type EngineOptions, type SandboxApp } from './engine/create-app.js';
import { PACKAGE_ROOT } from './engine/shipped-files.js';

/** The package's specs/ folder: in the package on disk (src/, dist/src/ alike), or inside the single-file executable. */
export const SPEC_DIR = join(PACKAGE_ROOT, 'specs') + sep;

export type ServerOptions = Partial<Omit<EngineOptions, 'vendors' | 'specDir' | 'buildScenario' | 'scenario' | 'builtInScenarios'>> & {
  /** Serve only these vendors (contract tests of one vendor load only its spec). Default: all. */
  only?: string[];
  /**
   * Records merged into the state at start, as `start --scenario` does: a scenario document (see FixtureDocument,
   * generateScenario), or the path of a JSON or YAML file holding one.
   */
  scenario?: ScenarioDocument | FixtureDocument | string;
};

/** The sandbox with all five vendors. Memory store unless `db` names a file; never listens. */
export function createServer({ only, scenario: startScenario, ...options }: ServerOptions = {}): SandboxApp {
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
  const initial = typeof startScenario === 'string' ? (readDocument(startScenario) as ScenarioDocument) : (startScenario as ScenarioDocument | undefined);
  return createApp({ vendors: selected, specDir: SPEC_DIR, buildScenario: scenario, builtInScenarios: listScenarios(), generate, ...options, ...(initial === undefined ? {} : { scenario: initial }) });
}
