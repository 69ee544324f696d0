// Request logs and sandbox problems, via pino: one line per request, pretty on a terminal, JSON lines otherwise.
import { pino, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';

export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * EngineOptions.logger. Without it the engine logs no requests and reports problems with console.error.
 * format: default 'pretty' when the destination is a TTY, else 'json'. level: default 'info' (one line per vendor
 * request; 'debug' adds admin API requests; 'warn'/'error' only problems; 'silent' nothing). destination: default
 * process.stdout.
 */
export interface LoggerOptions {
  format?: LogFormat;
  level?: LogLevel;
  destination?: NodeJS.WritableStream;
}

/** Where the engine reports its own problems (a failed write, a failing webhook planner, a renderer bug). */
export interface ProblemLog {
  error(message: string, cause?: unknown): void;
  warn(message: string, cause?: unknown): void;
}

/** What a request line carries; credentials never (the query comes redacted, headers are not logged). */
export interface RequestLine {
  method: string;
  path: string;
  /** Redacted query string, without "?". */
  query: string;
  status: number;
  vendor: string | null;
  operationId: string | null;
  tenant: string | null;
  ms: number;
  fault?: { rule: string; action: string };
  webhooks?: string[];
  /** Why a 401 was refused (X-Sandbox-Hint). */
  hint?: string;
}

export interface EngineLogger extends ProblemLog {
  /** One line per finished request: vendor routes at info, the admin API at debug. */
  request(line: RequestLine, level?: 'info' | 'debug'): void;
  isLevelEnabled(level: 'debug' | 'info'): boolean;
  readonly pino: Logger;
}

/** The fallback without a logger: what the engine always printed. */
export const consoleLog: ProblemLog = {
  error: (message, cause) => (cause === undefined ? console.error(`[referral-sandbox] ${message}`) : console.error(`[referral-sandbox] ${message}:`, cause)),
  warn: (message, cause) => (cause === undefined ? console.warn(`[referral-sandbox] ${message}`) : console.warn(`[referral-sandbox] ${message}:`, cause)),
};

const REQUEST_FIELDS = ['method', 'path', 'query', 'status', 'vendor', 'operationId', 'tenant', 'ms', 'fault', 'webhooks'];

export function createEngineLogger(options: LoggerOptions = {}): EngineLogger {
  const destination = options.destination ?? process.stdout;
  const isTTY = (destination as { isTTY?: boolean }).isTTY === true;
  const format = options.format ?? (isTTY ? 'pretty' : 'json');
  const level = options.level ?? 'info';
  const base = { level, base: null, timestamp: pino.stdTimeFunctions.isoTime };
  let logger: Logger;
  if (format === 'pretty') {
    // In-process and synchronous (no worker thread): each line is formatted and written as it is logged.
    const prettify = pinoPretty.prettyFactory({ colorize: isTTY, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: REQUEST_FIELDS.join(',') });
    logger = pino(base, { write: (line: string) => void destination.write(prettify(line)) });
  } else {
    logger = pino({ ...base, formatters: { level: (label) => ({ level: label }) } }, destination);
  }
  const problem = (method: 'error' | 'warn') => (message: string, cause?: unknown) => {
    if (cause === undefined) logger[method](message);
    else logger[method](cause instanceof Error ? { err: cause } : { detail: cause }, message);
  };
  return {
    pino: logger,
    error: problem('error'),
    warn: problem('warn'),
    isLevelEnabled: (at) => logger.isLevelEnabled(at),
    request(line, at = 'info') {
      if (!logger.isLevelEnabled(at)) return;
      const { method, path, query, status, vendor, operationId, tenant, ms, fault, webhooks, hint } = line;
      const fields = { method, path, ...(query ? { query } : {}), status, vendor, operationId, tenant, ms, ...(fault ? { fault } : {}), ...(webhooks?.length ? { webhooks } : {}), ...(hint ? { hint } : {}) };
      logger[at](fields, describe(line));
    },
  };
}

/** The human part: "GET /toy/items?limit=2 200 1.2ms toy listItems tenant=default". */
function describe(line: RequestLine): string {
  const parts = [line.method, line.query ? `${line.path}?${line.query}` : line.path, line.status === 0 ? 'no-answer' : String(line.status), `${line.ms}ms`];
  if (line.vendor) parts.push(line.vendor);
  else if (line.path.startsWith('/__sandbox')) parts.push('admin');
  if (line.operationId) parts.push(line.operationId);
  if (line.tenant) parts.push(`tenant=${line.tenant}`);
  if (line.fault) parts.push(`fault=${line.fault.action}`);
  if (line.webhooks?.length) parts.push(`webhooks=${line.webhooks.length}`);
  if (line.hint) parts.push(`(${line.hint})`);
  return parts.join(' ');
}
