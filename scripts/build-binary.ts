// `npm run build:binary`: one file that runs the sandbox on a machine with no Node and no node_modules, as a Node
// single executable application (SEA): the CLI bundled by esbuild into one CommonJS script, the files the sandbox
// serves as they are (specs, dashboard, admin OpenAPI, Swagger UI) as SEA assets, injected into a copy of this node.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inject } from 'postject';
import { SWAGGER_UI_FILES } from '../src/engine/shipped-files.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WORK = join(ROOT, 'dist', 'sea');
/** Where the executable goes: dist/bin/referral-sandbox-<platform>-<arch> (linux-x64 here). */
export const BINARY = join(ROOT, 'dist', 'bin', `referral-sandbox-${process.platform}-${process.arch}`);
// The sentinel Node's own build carries; postject flips it so the binary runs the injected blob.
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** Asset key (the path under the package root that src/engine/shipped-files.ts reads) -> file on this disk. */
function assets(): Record<string, string> {
  const files: Record<string, string> = { 'package.json': join(ROOT, 'package.json') };
  const add = (dir: string, keep: (name: string) => boolean) => {
    for (const name of readdirSync(join(ROOT, dir))) if (keep(name)) files[`${dir}/${name}`] = join(ROOT, dir, name);
  };
  add('specs', (name) => name.endsWith('.yaml'));
  add('src/engine/admin/dashboard', () => true);
  files['src/engine/admin/admin-openapi.yaml'] = join(ROOT, 'src/engine/admin/admin-openapi.yaml');
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  for (const name of Object.keys(SWAGGER_UI_FILES)) files[`swagger-ui/${name}`] = join(swagger, name);
  return files;
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  mkdirSync(dirname(BINARY), { recursive: true });

  const script = join(WORK, 'referral-sandbox.cjs');
  await build({
    entryPoints: [join(ROOT, 'src', 'executable-main.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    // CommonJS has no import.meta: modules that resolve files from their own URL get the script's. Inside the
    // executable nothing is resolved from it (shipped-files.ts reads assets), but createRequire needs a URL.
    define: { 'import.meta.url': '__referralSandboxUrl' },
    banner: { js: "const __referralSandboxUrl = require('node:url').pathToFileURL(__filename).href;" },
    // pg's optional native binding, loaded only when asked for (never by the sandbox).
    external: ['pg-native'],
    logLevel: 'warning',
  });

  const blob = join(WORK, 'sea-prep.blob');
  const config = join(WORK, 'sea-config.json');
  writeFileSync(config, JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true, assets: assets() }, null, 2));
  execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: ['ignore', 'ignore', 'inherit'] });

  rmSync(BINARY, { force: true });
  copyFileSync(process.execPath, BINARY);
  chmodSync(BINARY, 0o755);
  await inject(BINARY, 'NODE_SEA_BLOB', (await import('node:fs')).readFileSync(blob), { sentinelFuse: SEA_FUSE });
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`built ${relative(process.cwd(), BINARY) || BINARY} (${mb(statSync(BINARY).size)}; script ${mb(statSync(script).size)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
