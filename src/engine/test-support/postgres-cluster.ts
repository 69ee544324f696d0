// The team-store tests and the bench scripts need a real PostgreSQL server. Unless PG_URL names one, they get a throwaway
// cluster: initdb into a temp dir and a postgres on loopback, built from the binaries Debian's postgresql installs
// (.ci/run installs them). Tests read the URL the global setup provides; scripts call ensurePostgres().
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server the global setup provides: PG_URL or a throwaway cluster; '' when there is none (tests skip). */
    pgUrl: string;
  }
}

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/** The directory holding initdb, pg_ctl and postgres: pg_config's bindir, the newest Debian install, then PATH. */
export function findPostgresBin(): string | undefined {
  const complete = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(join(dir, name)));
  const candidates: string[] = [];
  // Debian's pg_config comes from libpq-dev, whose version can differ from the server's: hence the check for all three.
  if (findOnPath('pg_config')) {
    try { candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()); } catch { /* broken pg_config: try the rest */ }
  }
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  candidates.push(...versions.map((v) => join(debian, v, 'bin')), ...(process.env.PATH ?? '').split(delimiter));
  return candidates.find((dir) => dir && complete(dir));
}

/** initdb a fresh temp dir and start postgres on a free loopback port; stop() kills it and deletes the dir. */
/** `password`: the cluster asks for it (scram-sha-256) instead of trusting every loopback connection. */
export async function startThrowawayCluster(options: { log?: (line: string) => void; password?: string } = {}): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql, or set PG_URL to a server)');
  const runAs = resolveRunAs();
  const root = mkdtempSync(join(chooseTempParent(runAs), 'sandbox-pg-'));
  // The server owns its directory (initdb and postgres refuse root); root can still delete it afterwards.
  if (runAs) chownSync(root, runAs.uid, runAs.gid);
  const dataDir = join(root, 'data');
  try {
    // --no-sync: initdb's files need not survive a machine crash. The server itself keeps fsync on (durability tests).
    // C.UTF-8 (where installed) gives code-point collation and Unicode case mapping the same on every machine.
    const locale = existsSync('/usr/lib/locale/C.utf8') ? 'C.UTF-8' : 'C';
    const pwfile = join(root, 'pwfile');
    if (options.password !== undefined) {
      writeFileSync(pwfile, `${options.password}\n`);
      if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
    }
    const auth = options.password === undefined ? ['--auth=trust'] : ['--auth=scram-sha-256', `--pwfile=${pwfile}`];
    runAsSync(runAs, join(bin, 'initdb'), ['-D', dataDir, ...auth, '-U', 'postgres', '--encoding=UTF8', `--locale=${locale}`, '--no-sync']);
    return await launchServer(bin, root, dataDir, runAs, options.log, options.password);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** PG_URL when it is set and answers; otherwise a throwaway cluster (for bench scripts and anything outside vitest). */
export async function ensurePostgres(options: { log?: (line: string) => void } = {}): Promise<PostgresServer> {
  const url = process.env.PG_URL;
  if (url) {
    try {
      await checkReachable(url);
      return { url, stop: async () => {} };
    } catch (error) {
      (options.log ?? console.warn)(`[referral-sandbox] PG_URL does not answer (${(error as Error).message}); starting a throwaway cluster`);
    }
  }
  return startThrowawayCluster(options);
}

/** The URL the vitest global setup provided, or PG_URL outside vitest; undefined when there is no server (skip). */
export function postgresUrlForTests(): string | undefined {
  try {
    return inject('pgUrl') || undefined;
  } catch {
    return process.env.PG_URL || undefined; // not inside a vitest worker: inject throws
  }
}

/** Connect and run `select 1`, throwing the driver's error if the server does not answer. */
export async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

/** CREATE DATABASE <prefix>_<random hex> on the admin URL's server; the new database's URL (same host, port, user). */
export async function createTestDatabase(adminUrl: string, prefix = 'sandbox_test'): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`database prefix must be a lower-case identifier: ${prefix}`);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = replaceDatabase(adminUrl, name);
  adminUrls.set(url, adminUrl);
  return url;
}

/** DROP DATABASE ... WITH (FORCE) (PostgreSQL 13+), which terminates its connections first. */
export async function dropTestDatabase(url: string, adminUrl = adminUrls.get(url) ?? replaceDatabase(url, 'postgres')): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`));
  adminUrls.delete(url);
}

// Which server connection created each test database, so dropping it connects the same way.
const adminUrls = new Map<string, string>();

function replaceDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

interface RunAs { user: string; uid: number; gid: number }

/** As root, the user to run the server as: postgres, else sandboxpg (created if need be). Undefined when not root. */
function resolveRunAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const found = lookupUser('postgres') ?? lookupUser('sandboxpg');
  if (found) return found;
  let failure = '';
  try {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'sandboxpg'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    failure = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim(); // a parallel run may have won
  }
  const created = lookupUser('sandboxpg');
  if (!created) throw new Error(`PostgreSQL refuses to run as root, there is no "postgres" user, and useradd sandboxpg failed: ${failure}`);
  return created;
}

function lookupUser(user: string): RunAs | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { user, uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/** os.tmpdir(), unless the server's user could not reach into it (e.g. root's TMPDIR=/root/tmp): then /tmp. */
function chooseTempParent(runAs: RunAs | undefined): string {
  const base = tmpdir();
  if (!runAs) return base;
  for (let dir = base; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return '/tmp';
    if (dir === dirname(dir)) return base;
  }
}

/** The command line that runs bin as runAs. setpriv execs bin itself; runuser (the fallback) forks and waits. */
function commandAs(runAs: RunAs | undefined, bin: string, args: string[]): [string, string[]] {
  if (!runAs) return [bin, args];
  if (findOnPath('setpriv')) return ['setpriv', [`--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, '--init-groups', bin, ...args]];
  return ['runuser', ['-u', runAs.user, '--', bin, ...args]];
}

function runAsSync(runAs: RunAs | undefined, bin: string, args: string[]): void {
  const [command, commandArgs] = commandAs(runAs, bin, args);
  try {
    execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`${bin} failed: ${(error as Error).message}\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

function findOnPath(name: string): string | undefined {
  return (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
}

/** Start postgres on a free port (another on a clash) and wait until it accepts connections. */
async function launchServer(bin: string, root: string, dataDir: string, runAs: RunAs | undefined, log?: (line: string) => void, password?: string): Promise<PostgresServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const url = `postgres://postgres${password === undefined ? '' : `:${encodeURIComponent(password)}`}@127.0.0.1:${port}/postgres`;
    const settings = { listen_addresses: '127.0.0.1', port, unix_socket_directories: root, fsync: 'on', max_connections: 300, shared_buffers: '128MB' };
    const [command, args] = commandAs(runAs, join(bin, 'postgres'), ['-D', dataDir, ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])]);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = collectOutput(child, log);
    const state = await waitUntilReady(child, url, dataDir);
    if (state === 'ready') return trackServer(child, url, root, dataDir);
    if (state === 'exited' && tail.join('\n').includes('Address already in use') && attempt < 5) continue; // the port was taken meanwhile
    killServer(child, dataDir, 'SIGKILL');
    throw new Error(`PostgreSQL ${state === 'exited' ? 'exited' : `did not accept connections within ${READY_TIMEOUT_MS / 1000} s`} (${bin}/postgres -D ${dataDir}):\n${tail.join('\n')}`);
  }
}

/** A port the OS says is free now: listen on 0, read it, close. */
async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Pass the server's log lines on and keep the last 50 for error messages. */
function collectOutput(child: ChildProcess, log?: (line: string) => void): string[] {
  const tail: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        log?.(line);
        tail.push(line);
        if (tail.length > 50) tail.shift();
      }
    });
  }
  return tail;
}

/** Poll with a client until the server answers, checking it is ours (a port clash could reach someone else's). */
async function waitUntilReady(child: ChildProcess, url: string, dataDir: string): Promise<'ready' | 'exited' | 'timeout'> {
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  for (const deadline = Date.now() + READY_TIMEOUT_MS; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    if (exited()) return 'exited';
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => {}); // a server shutting down mid-poll must not crash the process
    try {
      await client.connect();
      const { rows } = await client.query<{ data_directory: string }>('show data_directory');
      if (rows[0]?.data_directory === dataDir) return 'ready';
    } catch {
      // not listening yet, or "the database system is starting up"
    } finally {
      await client.end().catch(() => {});
    }
  }
  return exited() ? 'exited' : 'timeout';
}

/**
 * Signal the postmaster, whose pid postmaster.pid holds (with runuser the child is runuser, not postgres).
 * SIGQUIT is pg_ctl's immediate shutdown: nothing needs flushing, the directory is deleted next.
 */
function killServer(child: ChildProcess, dataDir: string, signal: NodeJS.Signals): void {
  let pid = child.pid;
  try { pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || pid; } catch { /* not written yet */ }
  for (const target of new Set([pid, child.pid])) {
    try { if (target) process.kill(target, signal); } catch { /* already gone */ }
  }
}

function trackServer(child: ChildProcess, url: string, root: string, dataDir: string): PostgresServer {
  // A script that forgets stop() still exits (nothing here holds the event loop) and takes the server with it.
  const onExit = () => {
    killServer(child, dataDir, 'SIGQUIT');
    try { rmSync(root, { recursive: true, force: true }); } catch { /* the server may still be writing as it dies */ }
  };
  process.once('exit', onExit);
  child.unref();
  (child.stdout as unknown as { unref(): void }).unref();
  (child.stderr as unknown as { unref(): void }).unref();
  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () => (stopping ??= (async () => {
      process.off('exit', onExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        killServer(child, dataDir, 'SIGQUIT');
        const timer = setTimeout(() => killServer(child, dataDir, 'SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(root, { recursive: true, force: true });
    })()),
  };
}
