import type { ServerResponse } from 'node:http';
import type { ErrorRendering, RenderContext, VendorApi } from '../types.js';
import { isEngineError } from './engine-error.js';
import { consoleLog, type ProblemLog } from '../logger.js';

/** The body for paths no vendor owns. */
export function renderUnowned(error: unknown): ErrorRendering {
  const status = isEngineError(error) ? error.status : 500;
  return { status, body: { message: isEngineError(error) ? error.message : 'Internal sandbox error.' } };
}

/** Hand an error to its vendor's renderer; a renderer that itself fails still yields a JSON 500. */
export function renderError(vendor: VendorApi | undefined, error: unknown, ctx: RenderContext, log: ProblemLog = consoleLog): ErrorRendering {
  // Programming errors are sandbox bugs: the client gets the vendor's 500, the log gets the stack.
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError) {
    log.error('unexpected error', error);
  }
  if (!vendor) return renderUnowned(error);
  try {
    return vendor.renderError(error, ctx);
  } catch (rendererFailure) {
    log.error(`${vendor.name} error renderer failed`, rendererFailure);
    return renderUnowned(rendererFailure);
  }
}

/** A rendering has a body to send (a 204 or 304 never does). */
export function hasBody(rendering: ErrorRendering): boolean {
  return rendering.body !== undefined && rendering.status !== 204 && rendering.status !== 304;
}

/**
 * Send a rendering with plain node:http calls (the vendor routes may run without Express). `text` is the body
 * already serialised (the journal serialised it once already); JSON as Express's res.json would send it.
 */
export function send(res: ServerResponse, rendering: ErrorRendering, text?: string): void {
  const payload = prepareAnswer(res, rendering, text);
  if (payload === undefined) res.end();
  else res.end(payload);
}

/** Set the status and every header of the answer, without sending it; returns the body text, if any. */
export function prepareAnswer(res: ServerResponse, rendering: ErrorRendering, text?: string): string | undefined {
  res.statusCode = rendering.status;
  for (const [name, value] of Object.entries(rendering.headers ?? {})) res.setHeader(name, value);
  if (!hasBody(rendering)) return undefined;
  const payload = text ?? JSON.stringify(rendering.body);
  if (!res.hasHeader('content-type')) res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  return payload;
}
