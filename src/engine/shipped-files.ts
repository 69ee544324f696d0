// The files the sandbox ships and serves as they are: the specs, the dashboard, the admin API's OpenAPI document and
// Swagger UI's assets. On disk they sit in the package (a clone, or node_modules/referral-sandbox); inside the
// single-file executable they are SEA assets, and no file of the package exists anywhere. Every reader asks here, so
// the two installs differ in this module only.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SeaModule {
  isSea(): boolean;
  getAsset(key: string): ArrayBuffer;
}

/** node:sea, when this process is a single executable application (the module exists on Node >= 20.12 only). */
const sea: SeaModule | undefined = (() => {
  try {
    const mod = createRequire(import.meta.url)('node:sea') as SeaModule;
    return mod.isSea() ? mod : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * Inside the executable, shipped files live under this made-up root: paths keep their package-relative shape
 * (`<root>/specs/partnero.yaml`), so callers join paths as they do on disk, and only reads come here.
 */
const SEA_ROOT = `${sep}referral-sandbox.sea`;

/** True in the single-file executable. */
export const IN_EXECUTABLE = sea !== undefined;

/** The folder holding package.json and specs/: the package's root on disk, or the executable's made-up root. */
export const PACKAGE_ROOT = sea ? SEA_ROOT : findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  // src/engine/ under tsx and tests, dist/src/engine/ when built: the first folder above with specs/partnero.yaml.
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'specs', 'partnero.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`referral-sandbox: no specs/partnero.yaml above ${from}`);
  }
}

/** The asset key of a path under the made-up root ('specs/partnero.yaml'), or undefined for any other path. */
function assetKey(path: string): string | undefined {
  if (!sea || !path.startsWith(SEA_ROOT + sep)) return undefined;
  return path.slice(SEA_ROOT.length + 1).split(sep).join('/');
}

/** A shipped file's bytes. Paths outside the package (a user's own spec folder) are read from disk as usual. */
export function readShipped(path: string): Buffer {
  const key = assetKey(path);
  if (key === undefined) return readFileSync(path);
  try {
    return Buffer.from(sea!.getAsset(key));
  } catch {
    throw Object.assign(new Error(`ENOENT: no such file in this executable, '${key}'`), { code: 'ENOENT' });
  }
}

export function readShippedText(path: string): string {
  return readShipped(path).toString('utf8');
}

/** Whether a shipped file exists (an asset of the executable, or a file on disk). */
export function hasShipped(path: string): boolean {
  if (assetKey(path) === undefined) return existsSync(path);
  try {
    readShipped(path);
    return true;
  } catch {
    return false;
  }
}

/** Swagger UI's files the docs pages load (no CDN), with their content types. */
export const SWAGGER_UI_FILES: Record<string, string> = {
  'swagger-ui-bundle.js': 'text/javascript',
  'swagger-ui.css': 'text/css',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/**
 * swagger-ui-dist's folder: from the installed package on disk; inside the executable its four served files are
 * assets under swagger-ui/.
 */
export function swaggerUiDir(): string {
  if (sea) return join(SEA_ROOT, 'swagger-ui');
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  try {
    return (JSON.parse(readShippedText(join(PACKAGE_ROOT, 'package.json'))) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
