import { fileURLToPath } from 'node:url';
import { buildScenario } from '../fixtures/index.js';
import { vendors } from './apis/index.js';
import { createApp, type EngineOptions, type SandboxApp } from './engine/create-app.js';

export const SPEC_DIR = fileURLToPath(new URL('../specs/', import.meta.url));

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
  return createApp({ vendors: selected, specDir: SPEC_DIR, buildScenario: scenario, ...options });
}
