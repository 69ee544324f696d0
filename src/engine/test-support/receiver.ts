// A real HTTP receiver on an ephemeral loopback port, for webhook tests: it records every request and answers as
// the test scripts it (a status, a redirect, a hang or a dropped connection).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as sent (signatures are checked over it). */
  body: string;
  json: any;
}

export type Answer = number | { status: number; headers?: Record<string, string>; body?: string } | 'hang' | 'reset';

export interface Receiver {
  url: string;
  received: ReceivedRequest[];
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startReceiver(answer: (request: ReceivedRequest, index: number) => Answer = () => 200): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const waiters: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const request: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json };
      received.push(request);
      for (const wake of waiters.splice(0)) wake();
      const reply = answer(request, received.length - 1);
      if (reply === 'hang') return;
      if (reply === 'reset') return void req.socket.destroy();
      const { status, headers, body: text } = typeof reply === 'number' ? { status: reply, headers: undefined, body: undefined } : reply;
      res.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
      res.end(text ?? `answered ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`the receiver got ${received.length} of ${count} expected requests`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50).unref();
        });
      }
      return received;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A receiver closed automatically when the current test finishes (call it inside a test or a beforeEach). */
export async function startTestReceiver(answer?: (request: ReceivedRequest, index: number) => Answer): Promise<Receiver> {
  const { onTestFinished } = await import('vitest');
  const receiver = await startReceiver(answer);
  onTestFinished(() => receiver.close());
  return receiver;
}
