// One load run: a warm-up, then a timed run with autocannon (keep-alive connections, one request in flight each, as
// wrk -c32 does), billing the server's CPU time over the timed run to the requests it answered.
import autocannon from 'autocannon';
import { cpuMicros, waitIdle } from './proc.js';

export interface Op {
  /** Short name used in tables: 'GET by id', 'list', 'create'. */
  name: string;
  method: 'GET' | 'POST';
  /** i counts requests across the warm-up and the run, so bodies built from it stay unique. */
  path: (i: number) => string;
  body?: (i: number) => string;
  headers: Record<string, string>;
}

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Per request: a request without an answer by then counts as a timeout, and its connection is reopened. */
  timeoutSeconds: number;
  /** How long to wait for the server to finish queued work after a run, before the next one. */
  settleSeconds: number;
}

export interface LoadResult {
  /** 2xx answers in the timed run. */
  ok: number;
  /** Non-2xx answers, socket errors and timeouts: any of them makes the row suspect. */
  failed: number;
  timeouts: number;
  rps: number;
  /** Of every answer in the timed run, in ms (full precision; autocannon's own histogram rounds to whole ms). */
  p50: number;
  p99: number;
  /** Server CPU (user + system) over the timed run / 2xx answers. NaN when nothing was answered. */
  cpuMicrosPerRequest: number;
  /** False when the server was still busy settleSeconds after the run (its queue outlived the client). */
  settled: boolean;
}

export async function drive(base: string, pid: number, op: Op, settings: LoadSettings): Promise<LoadResult> {
  let counter = 0;
  const fire = (seconds: number, onResponse?: (status: number, ms: number) => void) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: settings.connections,
          duration: seconds,
          timeout: settings.timeoutSeconds,
          requests: [
            {
              // Built per request: a random id, a unique email.
              setupRequest: (request) => {
                const i = counter++;
                return { ...request, method: op.method, path: op.path(i), headers: op.headers, body: op.body?.(i) };
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
    });

  if (settings.warmupSeconds > 0) await fire(settings.warmupSeconds);
  await waitIdle(pid, settings.settleSeconds * 1000);

  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  const cpuBefore = cpuMicros(pid);
  const started = performance.now();
  const result = await fire(settings.durationSeconds, (status, ms) => {
    latencies.push(ms);
    if (status >= 200 && status < 300) ok++;
    else non2xx++;
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMicros(pid) - cpuBefore;
  const settled = await waitIdle(pid, settings.settleSeconds * 1000);

  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : NaN);
  return {
    ok,
    failed: non2xx + result.errors, // autocannon's errors include its timeouts
    timeouts: result.timeouts,
    rps: ok / seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    cpuMicrosPerRequest: ok ? cpu / ok : NaN,
    settled,
  };
}
