import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors/engine-error.js';
import { MESSAGES, PureprofileError, renderPureprofileError } from './errors.js';

describe('renderPureprofileError', () => {
  it('renders a vendor error with its status and field errors', () => {
    const error = PureprofileError.tooManyEmails(3);
    expect(renderPureprofileError(error)).toEqual({
      status: 422,
      body: { message: 'Too many emails: at most 3 can be referred at once.', errors: [{ field: 'emails', message: 'max 3' }] },
    });
  });

  it('renders a read-only profile variable as 403 naming the variable', () => {
    expect(renderPureprofileError(PureprofileError.variableNotWritable('GENDER'))).toEqual({
      status: 403,
      body: { message: 'The profile variable GENDER is not writable.', errors: [{ field: 'variable', message: 'The profile variable GENDER is not writable.' }] },
    });
  });

  it('renders missing credentials as 401 in the same envelope', () => {
    expect(renderPureprofileError(new EngineError('unauthorized'))).toEqual({
      status: 401,
      body: { message: MESSAGES.unauthorized, errors: [{ message: MESSAGES.unauthorized }] },
    });
  });

  it('renders spec validation issues as 400 keyed by field', () => {
    const error = new EngineError('invalid_request', 'emails must NOT have fewer than 1 items', [
      { location: 'body', field: 'emails', message: 'emails must NOT have fewer than 1 items', keyword: 'minItems' },
      { location: 'body', field: '', message: 'body must be object', keyword: 'type' },
    ]);
    expect(renderPureprofileError(error)).toEqual({
      status: 400,
      body: { message: MESSAGES.badRequest, errors: [{ field: 'emails', message: 'emails must NOT have fewer than 1 items' }, { message: 'body must be object' }] },
    });
  });

  it.each([
    ['malformed_body', 400],
    ['not_found', 404],
    ['method_not_allowed', 405],
    ['payload_too_large', 413],
    ['unsupported_media_type', 415],
    ['not_implemented', 501],
  ] as const)('keeps the engine status for %s', (kind, status) => {
    const rendering = renderPureprofileError(new EngineError(kind));
    expect(rendering.status).toBe(status);
    expect(rendering.body).toMatchObject({ message: expect.any(String), errors: [{ message: expect.any(String) }] });
  });

  it('hides anything else behind a 500 in the envelope', () => {
    expect(renderPureprofileError(new TypeError('boom'))).toEqual({ status: 500, body: { message: MESSAGES.serverError, errors: [{ message: MESSAGES.serverError }] } });
  });
});
