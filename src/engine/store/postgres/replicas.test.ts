// The team store end to end: three real sandbox processes (replicas) on one PostgreSQL database, driven over HTTP as a
// user would: the vendors' limits stay exact under load spread over the replicas, a write on one is read back on the
// others, kill -9 loses no acknowledged write, tenants stay apart, and exactly one replica leads.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { createTestDatabase, dropTestDatabase, postgresUrlForTests } from '../../test-support/postgres-cluster.js';

const url = postgresUrlForTests();
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const START_TIMEOUT_MS = 45_000;

const JSON_TYPE = { 'Content-Type': 'application/json' };
const PARTNERO = { Authorization: 'Bearer pn_sandbox_key', ...JSON_TYPE };
const PREFINERY = { Authorization: 'Bearer prefinery_sandbox_key', ...JSON_TYPE };
const REFERRALAPI = { 'api-key': 'ra_sandbox_key', ...JSON_TYPE };
const PUREPROFILE_PARTNER = { Authorization: `Basic ${Buffer.from('pp_partner:pp_partner_secret').toString('base64')}`, ...JSON_TYPE };
const PANEL = '9d9032bf-205b-44a2-ab00-ae8d0b77f7fa'; // the default scenario's Pureprofile panel
const CAMPAIGN = '3a6a4dd0-1055-4c3c-a531-7036793e10ee'; // the default scenario's ReferralAPI campaign

interface Replica {
  child: ChildProcess;
  base: string;
  /** Everything it printed (log level warn), shown when a test fails. */
  output: string[];
}

interface Answer {
  status: number;
  body: any; // vendor JSON, checked by the assertions
}

/** Start `referral-sandbox start --db <db>` from the sources; resolves once it prints its URL. */
function startReplica(db: string): Promise<Replica> {
  const cli = "const { runCli } = await import('./src/cli.ts'); await runCli(process.argv.slice(1)).catch((e) => { console.error(e.message); process.exit(1); });";
  const args = ['--import', 'tsx', '--input-type=module', '--eval', cli, 'start', '--port', '0', '--db', db, '--log-level', 'warn'];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const output: string[] = [];
  started.push({ pid: child.pid, output });
  return new Promise((resolve, reject) => {
    let seen = '';
    let listening = false;
    const timer = setTimeout(() => reject(new Error(`replica ${child.pid} did not listen within ${START_TIMEOUT_MS / 1000} s:\n${seen}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output.push(text);
      if (output.length > 200) output.shift();
      if (listening) return;
      seen += text;
      const match = /listening on (http:\/\/\S+)/.exec(seen);
      if (match) {
        listening = true;
        clearTimeout(timer);
        resolve({ child, base: match[1], output });
      }
    };
    // both pipes are read for the replica's whole life, so a chatty replica never blocks on a full pipe
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      reject(new Error(`replica ${child.pid} exited (${code ?? signal}) before listening:\n${seen}`));
    });
  });
}

function killHard(replica: Replica): Promise<void> {
  const { child } = replica;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const alive = (replica: Replica) => replica.child.exitCode === null && replica.child.signalCode === null;

async function call(replica: Replica, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  const response = await fetch(`${replica.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the failure message
  }
  return { status: response.status, body: parsed };
}

/** Run `count` tasks with at most `concurrency` in flight; the answers in task order. */
async function bounded<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

const BURST = 200;
const IN_FLIGHT = 50;

/** A burst of BURST requests, request i on replica i % 3 (round robin); each answer with the replica that gave it. */
function burst(request: (index: number) => { method: string; path: string; headers: Record<string, string>; body?: unknown }) {
  return bounded(BURST, IN_FLIGHT, async (index) => {
    const at = index % replicas.length;
    const { method, path, headers, body } = request(index);
    return { ...(await call(replicas[at], method, path, headers, body)), at };
  });
}

/** How often each status came back, e.g. {201: 5, 422: 195}. */
const tally = (answers: Answer[]) => answers.reduce<Record<number, number>>((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {});

/** The replicas in the order best suited to read back: those that served none of `answers`' successes first. */
function readersFor(answers: Array<Answer & { at: number }>, succeeded: (a: Answer) => boolean): Replica[] {
  const served = new Set(answers.filter(succeeded).map((a) => a.at));
  return [...replicas.keys()].sort((a, b) => Number(served.has(a)) - Number(served.has(b))).map((at) => replicas[at]);
}

const children = new Set<ChildProcess>();
/** Every replica started, with what it printed (shown when a test fails, killed ones included). */
const started: Array<{ pid: number | undefined; output: string[] }> = [];
let db: string | undefined;
/** The three replicas the tests talk to (a test that kills one starts its replacement or leaves beforeEach to). */
let replicas: Replica[] = [];

async function topUp(): Promise<void> {
  replicas = replicas.filter(alive);
  if (replicas.length === 0) replicas.push(await startReplica(db!)); // the first seeds the database alone
  const more = await Promise.all(Array.from({ length: 3 - replicas.length }, () => startReplica(db!)));
  replicas.push(...more);
}

describe.skipIf(!url)('team store: three replicas on one PostgreSQL database', () => {
  beforeAll(async () => {
    db = await createTestDatabase(url!, 'sandbox_replicas');
    await topUp();
  }, 2 * START_TIMEOUT_MS);

  beforeEach(async () => {
    await topUp();
    onTestFailed(() => {
      for (const { pid, output } of started) {
        const printed = output.join('').trim();
        if (printed) console.log(`--- replica pid ${pid} printed:\n${printed}`);
      }
    });
  }, 2 * START_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all([...children].map((child) => killHard({ child, base: '', output: [] })));
    children.clear();
    if (db) await dropTestDatabase(db);
  }, 30_000);

  describe('each documented limit stays exact across replicas (200 concurrent requests, round robin, 50 in flight)', () => {
    it('Prefinery: a tester sends at most 5 friend invitations; the other 195 get 422 code 2508', async () => {
      const answers = await burst((i) => ({
        method: 'POST',
        path: '/api/v2/betas/1/friend_invitations',
        headers: PREFINERY,
        body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: `burst-friend-${i}@example.org` } },
      }));
      expect(tally(answers)).toEqual({ 201: 5, 422: 195 });
      expect(new Set(answers.filter((a) => a.status === 422).map((a) => a.body.errors[0].code))).toEqual(new Set([2508]));
      const invited = answers.filter((a) => a.status === 201).map((a) => a.body.invitee.email as string);
      for (const replica of readersFor(answers, (a) => a.status === 201)) {
        const leonard = await call(replica, 'GET', '/api/v2/betas/1/testers/1', PREFINERY);
        expect(leonard.body).toMatchObject({ friend_invitations_count: 5, friend_invitations_remaining: 0 });
        const testers = await call(replica, 'GET', '/api/v2/betas/1/testers?email_contains=burst-friend-', PREFINERY);
        expect(testers.body.map((t: { email: string }) => t.email).sort()).toEqual([...invited].sort());
      }
    }, 30_000);

    it('Pureprofile: over the panel maximum a refer-friends request is 422, and each address is invited once per panel', async () => {
      // The limit is set on replica 1, the panelist registered on replica 0, and its token used on all three.
      const seeded = await call(replicas[1], 'POST', '/__sandbox/seed', JSON_TYPE, { pureprofile: { tenants: [{ id: 'default', data: { panels: [{ id: PANEL, max_referral_emails: 3 }] } }] } });
      expect(seeded.status).toBe(200);
      const registration = { user: 'burst-referrer@example.com', panel: PANEL, locale: 'ENG-AU', dob: '1990-05-04', first_name: 'Burst', last_name: 'Referrer' };
      const registered = await call(replicas[0], 'POST', '/v1/partner/panel/register', PUREPROFILE_PARTNER, registration);
      expect(registered.status).toBe(200);
      const panelist = { Authorization: `Bearer ${registered.body.data.token.access_token}`, ...JSON_TYPE };

      // Every fifth request sends 4 addresses (over the maximum of 3); the others send 3 of a pool of 30 addresses,
      // each address about 16 times in all. Exactly the 30 are invited, once each.
      const pool = Array.from({ length: 30 }, (_, k) => `burst-pal-${k}@example.com`);
      const answers = await burst((i) => {
        const emails = Array.from({ length: i % 5 === 4 ? 4 : 3 }, (_, k) => pool[(i * 7 + k * 11) % pool.length]);
        return { method: 'POST', path: '/v1/panel/refer-friends', headers: panelist, body: { emails } };
      });
      expect(tally(answers)).toEqual({ 200: 160, 422: 40 });
      for (const refused of answers.filter((a) => a.status === 422)) {
        expect(refused.body).toEqual({ message: 'Too many emails: at most 3 can be referred at once.', errors: [{ field: 'emails', message: 'max 3' }] });
      }
      const invited = answers.filter((a) => a.status === 200).flatMap((a) => a.body.data.invited as string[]);
      expect(invited.sort()).toEqual([...pool].sort()); // each address in exactly one answer's `invited`
      for (const replica of readersFor(answers, (a) => a.status === 200 && a.body.data.invited_count > 0)) {
        const account = await call(replica, 'GET', '/v1/panel/account', panelist);
        expect(account.body.data.profile.INVITED_COUNT).toBe(30);
      }
    }, 30_000);

    it('ReferralAPI: the organisation link capacity lets exactly 10 more links through; the other 190 get 403 MAXIMUM_CAPACITY', async () => {
      const state = await call(replicas[2], 'GET', '/__sandbox/state?vendor=referralapi', JSON_TYPE);
      const existing = (state.body.data.referralapi.default.referral_links as unknown[]).length;
      const seeded = await call(replicas[2], 'POST', '/__sandbox/seed', JSON_TYPE, { referralapi: { tenants: [{ id: 'default', data: { settings: { max_referral_links: existing + 10 } } }] } });
      expect(seeded.status).toBe(200);
      const answers = await burst(() => ({ method: 'POST', path: '/api/v1/referral_link', headers: REFERRALAPI, body: { campaign_id: CAMPAIGN, referrer_id: 'burst-referrer' } }));
      expect(tally(answers)).toEqual({ 200: 10, 403: 190 });
      for (const refused of answers.filter((a) => a.status === 403)) expect(refused.body.error_code).toBe('MAXIMUM_CAPACITY');
      const codes = answers.filter((a) => a.status === 200).map((a) => a.body.referral_code as string);
      expect(new Set(codes).size).toBe(10);
      for (const replica of readersFor(answers, (a) => a.status === 200)) {
        const links = await call(replica, 'GET', `/api/v1/referral_link?campaign_id=${CAMPAIGN}&referrer_id=burst-referrer`, REFERRALAPI);
        expect(links.body.map((l: { referral_code: string }) => l.referral_code).sort()).toEqual([...codes].sort());
      }
    }, 30_000);

    it('Partnero: 200 creates of one email (in any case) make exactly 1 subscriber; the others get 422 "has already been taken"', async () => {
      const answers = await burst((i) => ({ method: 'POST', path: '/v1/subscribers', headers: PARTNERO, body: { email: i % 2 ? 'Burst-Unique@Example.com' : 'burst-unique@example.com' } }));
      expect(tally(answers)).toEqual({ 201: 1, 422: 199 });
      for (const refused of answers.filter((a) => a.status === 422)) {
        expect(refused.body).toEqual({ message: 'The email has already been taken.', errors: { email: ['The email has already been taken.'] }, status: 0 });
      }
      for (const replica of readersFor(answers, (a) => a.status === 201)) {
        const found = await call(replica, 'GET', '/v1/subscribers:search?email=burst-unique@example.com', PARTNERO);
        expect(found.body.data).toHaveLength(1);
      }
    }, 30_000);

    it('Prefinery: 200 creates of one tester email make exactly 1 tester; the others get 422 code 2310', async () => {
      const answers = await burst(() => ({ method: 'POST', path: '/api/v2/betas/1/testers', headers: PREFINERY, body: { tester: { email: 'burst-tester@example.com' } } }));
      expect(tally(answers)).toEqual({ 201: 1, 422: 199 });
      expect(new Set(answers.filter((a) => a.status === 422).map((a) => a.body.errors[0].code))).toEqual(new Set([2310]));
      for (const replica of readersFor(answers, (a) => a.status === 201)) {
        const testers = await call(replica, 'GET', '/api/v2/betas/1/testers?email_contains=burst-tester@', PREFINERY);
        expect(testers.body).toHaveLength(1);
      }
    }, 30_000);
  });

  it('a write on one replica is returned by an immediate read on each other replica', async () => {
    const emails: string[] = [];
    for (const [at, writer] of replicas.entries()) {
      const email = `readback-${at}@example.com`;
      expect((await call(writer, 'POST', '/v1/subscribers', PARTNERO, { email, name: `Written on ${at}` })).status).toBe(201);
      emails.push(email);
      const tester = await call(writer, 'POST', '/api/v2/betas/1/testers', PREFINERY, { tester: { email } });
      expect(tester.status).toBe(201);
      for (const reader of replicas.filter((r) => r !== writer)) {
        const subscriber = await call(reader, 'GET', `/v1/subscribers/${encodeURIComponent(email)}`, PARTNERO);
        expect(subscriber.status, `subscriber written on ${writer.base}, read on ${reader.base}`).toBe(200);
        expect(subscriber.body.data).toMatchObject({ email, name: `Written on ${at}` });
        const read = await call(reader, 'GET', `/api/v2/betas/1/testers/${tester.body.id}`, PREFINERY);
        expect(read.status, `tester written on ${writer.base}, read on ${reader.base}`).toBe(200);
        expect(read.body.email).toBe(email);
      }
    }
    for (const reader of replicas) {
      const listed: string[] = [];
      for (let page = 1; ; page++) {
        const answer = await call(reader, 'GET', `/v1/subscribers?limit=250&page=${page}`, PARTNERO);
        listed.push(...answer.body.data.map((s: { email: string }) => s.email));
        if (!answer.body.links.next) break;
      }
      expect(listed).toEqual(expect.arrayContaining(emails));
      const testers = await call(reader, 'GET', '/api/v2/betas/1/testers?email_contains=readback-', PREFINERY);
      expect(testers.body.map((t: { email: string }) => t.email).sort()).toEqual(emails);
    }
  }, 20_000);

  it('tenants stay isolated: a tenant made on A and written on B is seen with its key on C, never with the default key', async () => {
    const [a, b, c] = replicas;
    const created = await call(a, 'POST', '/__sandbox/tenants', JSON_TYPE, { vendor: 'partnero' });
    expect(created.status).toBe(201);
    const theirs = { Authorization: `Bearer ${created.body.credentials.bearerAuth}`, ...JSON_TYPE };
    const email = 'tenant-only@example.com';
    expect((await call(b, 'POST', '/v1/subscribers', theirs, { email })).status).toBe(201);

    for (const replica of replicas) {
      expect((await call(replica, 'GET', `/v1/subscribers/${email}`, PARTNERO)).status).toBe(404);
      expect((await call(replica, 'GET', `/v1/subscribers:search?email=${email}`, PARTNERO)).body.data).toEqual([]);
    }
    const seen = await call(c, 'GET', `/v1/subscribers/${email}`, theirs);
    expect(seen.status).toBe(200);
    expect(seen.body.data.email).toBe(email);
    // and the other way round: the new tenant sees none of the default tenant's subscribers
    const list = await call(c, 'GET', '/v1/subscribers?limit=250', theirs);
    expect(list.body.data.map((s: { email: string }) => s.email)).toEqual([email]);
    expect((await call(c, 'GET', '/v1/subscribers/partnero@partner.com', theirs)).status).toBe(404);
    expect((await call(c, 'GET', '/v1/subscribers/partnero@partner.com', PARTNERO)).status).toBe(200);
  }, 20_000);

  it('kill -9 of a replica mid-load loses no acknowledged write, on the survivors or on a replacement', async () => {
    const victim = replicas[1];
    const survivors = replicas.filter((r) => r !== victim);
    const acknowledged: Array<{ email: string; by: string }> = [];
    let sent = 0;
    let stop = false;
    let afterKill = 0;
    let killed = false;
    const unexpected: string[] = [];
    // 12 writers, writer w on replica w % 3; a writer whose replica is gone moves to a survivor.
    const writer = async (w: number) => {
      let target = replicas[w % 3];
      while (!stop) {
        const email = `kill-${sent++}@example.com`;
        try {
          const answer = await call(target, 'POST', '/v1/subscribers', PARTNERO, { email });
          if (answer.status === 201) {
            acknowledged.push({ email, by: target.base });
            if (killed) afterKill++;
          } else if (target !== victim) unexpected.push(`${email} on ${target.base}: ${answer.status} ${JSON.stringify(answer.body)}`);
        } catch (error) {
          if (target !== victim) unexpected.push(`${email} on ${target.base}: ${(error as Error).message}`);
          target = survivors[w % survivors.length];
        }
      }
    };
    const load = Promise.all(Array.from({ length: 12 }, (_, w) => writer(w)));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await killHard(victim);
    killed = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stop = true;
    await load;

    expect(unexpected).toEqual([]); // the survivors answered every write, during and after the kill
    expect(acknowledged.filter((a) => a.by === victim.base).length).toBeGreaterThan(5); // the killed one had acknowledged writes
    expect(afterKill).toBeGreaterThan(5); // the survivors kept writing

    const missingOn = async (reader: Replica) => {
      const missing: string[] = [];
      await bounded(acknowledged.length, 32, async (index) => {
        const { email } = acknowledged[index];
        const answer = await call(reader, 'GET', `/v1/subscribers/${encodeURIComponent(email)}`, PARTNERO);
        if (answer.status !== 200) missing.push(email);
      });
      return missing;
    };
    for (const survivor of survivors) expect(await missingOn(survivor)).toEqual([]);
    const replacement = await startReplica(db!);
    replicas = [...survivors, replacement];
    expect(await missingOn(replacement)).toEqual([]);
  }, 60_000);

  it('exactly one replica is the leader; after kill -9 of the leader another takes over within seconds', async () => {
    const health = async (replica: Replica) => (await call(replica, 'GET', '/__sandbox/health', JSON_TYPE)).body;
    const before = await Promise.all(replicas.map(health));
    expect(before.map((h) => h.store.kind)).toEqual(['postgres', 'postgres', 'postgres']);
    expect(new Set(before.map((h) => h.replica_id)).size).toBe(3);
    expect(before.map((h) => h.store.replica_id)).toEqual(before.map((h) => h.replica_id));
    expect(before.filter((h) => h.store.leader === true)).toHaveLength(1);

    const leader = replicas[before.findIndex((h) => h.store.leader === true)];
    const survivors = replicas.filter((r) => r !== leader);
    await killHard(leader);
    const killedAt = Date.now();
    let after = await Promise.all(survivors.map(health));
    while (!after.some((h) => h.store.leader === true) && Date.now() - killedAt < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await Promise.all(survivors.map(health));
    }
    expect(after.filter((h) => h.store.leader === true), `no survivor leads ${Date.now() - killedAt} ms after the kill`).toHaveLength(1);
    expect(Date.now() - killedAt).toBeLessThan(5_000);
  }, 30_000);
});
