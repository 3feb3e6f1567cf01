import { describe, expect, it } from 'vitest';
import { GraphError, NetworkError } from '../graph/graph-error';
import { classifyFailure, DEFAULT_RETRY_POLICY, refusesAccount } from './retry-policy';

const write = { attempt: 1, isHistoryItemWrite: false, isDelete: false };
const graph = (status: number, code = 'x', retryAfterMs?: number) =>
  new GraphError(status, code, 'message', 'req', retryAfterMs);

describe('retry policy', () => {
  it.each([
    [
      '429 with Retry-After waits exactly that long',
      graph(429, 'TooManyRequests', 2128),
      { kind: 'wait', delayMs: 2128 },
    ],
    [
      '503 with Retry-After waits exactly that long',
      graph(503, 'serviceNotAvailable', 5000),
      { kind: 'wait', delayMs: 5000 },
    ],
    ['401 asks for a token', graph(401, 'InvalidAuthenticationToken'), { kind: 'auth' }],
    [
      '400 parks with its code',
      graph(400, 'invalidRequest'),
      { kind: 'park', code: 'invalidRequest' },
    ],
    ['413 parks', graph(413, 'requestTooLarge'), { kind: 'park', code: 'requestTooLarge' }],
    [
      '403 refuses the account, not the page',
      graph(403, 'accessDenied'),
      { kind: 'account-refused', code: 'accessDenied' },
    ],
    [
      '403 with any code refuses the account',
      graph(403, 'Authorization_RequestDenied'),
      { kind: 'account-refused', code: 'Authorization_RequestDenied' },
    ],
    ['an unknown error parks', new TypeError('boom'), { kind: 'park', code: 'clientError' }],
  ])('%s', (_name, error, expected) => {
    expect(classifyFailure(error, write, DEFAULT_RETRY_POLICY, () => 0.5)).toMatchObject(expected);
  });

  it.each([
    ['500', graph(500)],
    ['502', graph(502)],
    ['504', graph(504)],
    ['429 without Retry-After', graph(429)],
    ['a dropped connection', new NetworkError('fetch failed')],
    ['a timeout', new NetworkError('timed out', true)],
    ['a 200 that is no Graph answer (a captive portal)', graph(200, 'invalidResponse')],
  ])('backs off on %s', (_name, error) => {
    const outcome = classifyFailure(error, { ...write, attempt: 3 }, DEFAULT_RETRY_POLICY, () => 1);
    expect(outcome).toEqual({ kind: 'wait', delayMs: 8000, reason: expect.any(String) as string });
  });

  it('re-creates the activity when a history-item write gets 404', () => {
    expect(classifyFailure(graph(404), { ...write, isHistoryItemWrite: true })).toEqual({
      kind: 'recreate',
    });
  });

  it('treats 404 on a delete as done', () => {
    expect(classifyFailure(graph(404), { ...write, isDelete: true })).toEqual({ kind: 'ok' });
  });

  it.each<[string, boolean, boolean, unknown]>([
    ['401 about the token, fresh token', true, false, graph(401, 'InvalidAuthenticationToken')],
    ['401 with another code, old token', false, false, graph(401, 'UnknownError')],
    ['401 with another code, fresh token', true, true, graph(401, 'UnknownError')],
    ['403', false, true, graph(403, 'accessDenied')],
    ['400', true, false, graph(400, 'invalidRequest')],
    ['a dropped connection', true, false, new NetworkError('fetch failed')],
  ])('%s (fresh token: %s) refuses the account: %s', (_name, fresh, expected, error) => {
    expect(refusesAccount(error, fresh)).toBe(expected);
  });
});
