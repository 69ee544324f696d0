import type { Response } from 'express';
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

export function send(res: Response, rendering: ErrorRendering): void {
  res.status(rendering.status);
  if (rendering.headers) res.set(rendering.headers);
  if (rendering.body === undefined || rendering.status === 204 || rendering.status === 304) res.end();
  else res.json(rendering.body);
}
