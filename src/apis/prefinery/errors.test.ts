import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors/engine-error.js';
import { PrefineryError, renderPrefineryError } from './errors.js';

const issue = (location: 'path' | 'query' | 'body', field: string) => ({ location, field, message: `${field} is invalid`, keyword: 'type' });

describe('renderPrefineryError', () => {
  it('a rule failure is 422 with its documented code and message', () => {
    expect(renderPrefineryError(PrefineryError.rule(2507))).toEqual({ status: 422, body: { errors: [{ code: 2507, message: 'You cannot invite yourself.' }] } });
  });

  it('the named lookups are 404 with the status as code and their own message', () => {
    expect(renderPrefineryError(PrefineryError.betaNotFound())).toEqual({ status: 404, body: { errors: [{ code: 404, message: 'Beta not found.' }] } });
    expect(renderPrefineryError(PrefineryError.testerNotFound()).body).toEqual({ errors: [{ code: 404, message: 'Tester not found.' }] });
    expect(renderPrefineryError(PrefineryError.checkinTesterNotFound()).body).toEqual({ errors: [{ code: 404, message: 'Tester record not found for email.' }] });
  });

  it('unauthorized is 401 with WWW-Authenticate: Basic', () => {
    const rendering = renderPrefineryError(new EngineError('unauthorized'));
    expect(rendering.status).toBe(401);
    expect(rendering.headers?.['WWW-Authenticate']).toMatch(/^Basic /);
    expect(rendering.body).toEqual({ errors: [{ code: 401, message: 'HTTP Basic: Access denied.' }] });
  });

  it('a bad path id or page is a failed lookup: 404', () => {
    expect(renderPrefineryError(new EngineError('invalid_request', 'x', [issue('path', 'beta_id')]))).toEqual({ status: 404, body: { errors: [{ code: 404, message: 'Beta not found.' }] } });
    expect(renderPrefineryError(new EngineError('invalid_request', 'x', [issue('path', 'tester_id')])).body).toEqual({ errors: [{ code: 404, message: 'Tester not found.' }] });
    expect(renderPrefineryError(new EngineError('invalid_request', 'x', [issue('query', 'page')])).status).toBe(404);
  });

  it('bad body fields are 422: 2501 for friend invitations, 2301 for a tester email, else the status as code', () => {
    const render = (...issues: ReturnType<typeof issue>[]) => renderPrefineryError(new EngineError('invalid_request', 'x', issues)).body;
    expect(render(issue('body', 'friend_invitation.sender_email'), issue('body', 'friend_invitation.recipient_email'))).toEqual({ errors: [{ code: 2501, message: 'A general error has occurred.' }] });
    expect(render(issue('body', 'tester.email'))).toEqual({ errors: [{ code: 2301, message: 'Email is invalid.' }] });
    expect(render(issue('body', 'tester.status'), issue('query', 'email_is'))).toEqual({ errors: [{ code: 422, message: 'tester.status is invalid' }, { code: 422, message: 'email_is is invalid' }] });
  });

  it("a field of the wrong type in the points body is the points' general error 2801", () => {
    const render = (...issues: ReturnType<typeof issue>[]) => renderPrefineryError(new EngineError('invalid_request', 'x', issues)).body;
    expect(render(issue('body', 'quantity'), issue('body', 'email'))).toEqual({ errors: [{ code: 2801, message: 'A general error has occurred.' }] });
  });

  it('the points and beta codes carry their documented messages; a refused status change is 422 with the status as code', () => {
    expect(renderPrefineryError(PrefineryError.rule(2803)).body).toEqual({ errors: [{ code: 2803, message: 'Email not found.' }] });
    expect(renderPrefineryError(PrefineryError.rule(2204))).toEqual({ status: 422, body: { errors: [{ code: 2204, message: 'Unable to delete beta.' }] } });
    expect(renderPrefineryError(PrefineryError.statusChange('suspended', 'active'))).toEqual({
      status: 422,
      body: { errors: [{ code: 422, message: 'A tester cannot change status from suspended to active.' }] },
    });
  });

  it('unknown routes and unrouted methods are 404 (Rails); transport errors keep their status', () => {
    expect(renderPrefineryError(new EngineError('method_not_allowed')).status).toBe(404);
    expect(renderPrefineryError(new EngineError('not_found')).status).toBe(404);
    for (const kind of ['malformed_body', 'payload_too_large', 'unsupported_media_type', 'not_implemented'] as const) {
      const rendering = renderPrefineryError(new EngineError(kind));
      expect(rendering.body).toEqual({ errors: [expect.objectContaining({ code: rendering.status })] });
    }
  });

  it('anything else is a 500 in the same envelope', () => {
    expect(renderPrefineryError(new TypeError('boom'))).toEqual({ status: 500, body: { errors: [{ code: 500, message: 'A general error has occurred.' }] } });
  });
});
