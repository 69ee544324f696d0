import { fileURLToPath } from 'node:url';
import { buildScenario } from '../fixtures/index.js';
import { vendors } from './apis/index.js';
import { createApp, type EngineOptions, type SandboxApp } from './engine/create-app.js';

export const SPEC_DIR = fileURLToPath(new URL('../specs/', import.meta.url));

export type ServerOptions = Partial<Omit<EngineOptions, 'vendors' | 'specDir' | 'buildScenario'>>;

/** The sandbox with all five vendors. Memory store unless `db` names a file; never listens. */
export function createServer(options: ServerOptions = {}): SandboxApp {
  return createApp({ vendors, specDir: SPEC_DIR, buildScenario, ...options });
}
