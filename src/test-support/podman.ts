// Container tests with Debian's podman (apt-get install podman runc; .ci/run installs them). No public registry is
// reachable here, so the image's two bases are made locally: Debian bookworm from debootstrap --variant=minbase,
// imported with `podman import`, and the same with this machine's Node and npm copied in for the build stage.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const BASE_IMAGE = 'localhost/referral-sandbox-base:bookworm';
export const BUILD_BASE_IMAGE = `localhost/referral-sandbox-build-base:bookworm-node${process.versions.node}`;
const ROOTFS = '/var/tmp/referral-sandbox-image-base/rootfs';
const MIRROR = 'http://deb.debian.org/debian';

export function podmanInstalled(): boolean {
  return spawnSync('podman', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Whether the container tests run here. In CI (CI set) a missing podman is a failure: .ci/run installs it.
 * Elsewhere they are skipped, saying so loudly.
 */
export function podmanAvailable(): boolean {
  if (podmanInstalled()) return true;
  if (process.env.CI) throw new Error('CI is set but podman is not installed: .ci/run installs Debian\'s podman (apt-get install podman runc debootstrap)');
  console.warn('\n[referral-sandbox] CONTAINER IMAGE TESTS SKIPPED: podman is not installed (apt-get install podman runc debootstrap)\n');
  return false;
}

/**
 * Global flags and per-container limits that work on this kind of machine and any other: runc where installed (crun
 * refuses hybrid cgroup v1/v2 hosts), and open-file and process limits no higher than this machine's hard limits
 * (podman's defaults are above them, and an unprivileged-limit host refuses setrlimit).
 */
export function podmanGlobal(): string[] {
  return existsSync('/usr/sbin/runc') || existsSync('/usr/bin/runc') ? ['--runtime', existsSync('/usr/sbin/runc') ? '/usr/sbin/runc' : '/usr/bin/runc'] : [];
}

export function podmanLimits(): string[] {
  const hard = (flag: string) => {
    const out = spawnSync('sh', ['-c', `ulimit -H ${flag}`], { encoding: 'utf8' }).stdout.trim();
    return out === 'unlimited' || out === '' ? undefined : Number(out);
  };
  const files = Math.min(hard('-n') ?? 65536, 65536);
  return ['--ulimit', `nofile=${files}:${files}`, '--ulimit', 'nproc=4096:4096'];
}

export async function podman(args: string[], timeout = 300_000): Promise<string> {
  const { stdout } = await run('podman', [...podmanGlobal(), ...args], { timeout, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function imageExists(name: string): Promise<boolean> {
  return spawnSync('podman', ['image', 'exists', name]).status === 0;
}

/** Both bases, made once per machine (kept in podman's storage; the rootfs under /var/tmp is removed afterwards). */
export async function ensureBaseImages(): Promise<{ base: string; buildBase: string }> {
  if (!(await imageExists(BASE_IMAGE)) || !(await imageExists(BUILD_BASE_IMAGE))) {
    rmSync(dirname(ROOTFS), { recursive: true, force: true });
    mkdirSync(dirname(ROOTFS), { recursive: true });
    await run('debootstrap', ['--variant=minbase', 'bookworm', ROOTFS, MIRROR], { timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
    rmSync(join(ROOTFS, 'var/cache/apt/archives'), { recursive: true, force: true });
    mkdirSync(join(ROOTFS, 'var/cache/apt/archives/partial'), { recursive: true });
    await importRootfs(BASE_IMAGE);
    addNode(ROOTFS);
    await importRootfs(BUILD_BASE_IMAGE);
    rmSync(dirname(ROOTFS), { recursive: true, force: true });
  }
  return { base: BASE_IMAGE, buildBase: BUILD_BASE_IMAGE };
}

async function importRootfs(name: string): Promise<void> {
  await run('sh', ['-c', `tar -C '${ROOTFS}' -c . | podman import --change 'CMD ["/bin/sh"]' - '${name}'`], { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The build stage's Node: this machine's node and npm (the public node:20 image has the same), its CA bundle and npm
 * settings (so the registry this machine reaches is reached the same way from inside the build).
 */
function addNode(rootfs: string): void {
  const node = realpathSync(process.execPath);
  copyFileSync(node, join(rootfs, 'usr/bin/node'));
  const npmDir = realpathSync(join(dirname(node), '..', 'lib', 'node_modules', 'npm'));
  cpSync(npmDir, join(rootfs, 'usr/lib/node_modules/npm'), { recursive: true });
  for (const [bin, target] of [['npm', 'npm-cli.js'], ['npx', 'npx-cli.js']]) {
    spawnSync('ln', ['-sf', `../lib/node_modules/npm/bin/${target}`, join(rootfs, 'usr/bin', bin)]);
  }
  const ca = '/etc/ssl/certs/ca-certificates.crt';
  if (existsSync(ca)) {
    mkdirSync(join(rootfs, 'etc/ssl/certs'), { recursive: true });
    copyFileSync(ca, join(rootfs, ca));
  }
  // npm's built-in config file (lib/node_modules/npm/npmrc), read whoever runs npm in the build stage.
  const registry = spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).stdout.trim() || 'https://registry.npmjs.org/';
  writeFileSync(join(rootfs, 'usr/lib/node_modules/npm/npmrc'), `registry=${registry}\n${existsSync(ca) ? `cafile=${ca}\n` : ''}fund=false\naudit=false\nupdate-notifier=false\n`);
}
