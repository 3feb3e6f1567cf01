import { describe, expect, it, vi } from 'vitest';
import { sendWithBearer, type BearerRequest } from './bearer-request';
import { GraphError, NetworkError } from './graph-error';

const request = (fetchStub: BearerRequest['fetch'], body?: unknown): BearerRequest => ({
  method: 'POST',
  url: 'https://relay.example/v1/reads',
  token: 'secret-token',
  body,
  fetch: fetchStub,
  now: () => 1_000_000,
  timeoutMs: 5_000,
});

describe('sendWithBearer', () => {
  it('sends the token and a JSON body to the one URL, without cookies, cache or redirects', async () => {
    const stub = vi.fn<typeof fetch>(() => Promise.resolve(new Response('{}', { status: 200 })));
    const response = await sendWithBearer(request(stub, { reads: [] }));
    expect(response.status).toBe(200);
    const [url, init] = stub.mock.calls[0] ?? [];
    expect(url).toBe('https://relay.example/v1/reads');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { authorization: 'Bearer secret-token', 'content-type': 'application/json' },
      body: '{"reads":[]}',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  });

  it('sends no body and no content type when there is none', async () => {
    const stub = vi.fn<typeof fetch>(() => Promise.resolve(new Response(null, { status: 204 })));
    await sendWithBearer({ ...request(stub), method: 'GET' });
    const init = stub.mock.calls[0]?.[1];
    expect(init?.body).toBeUndefined();
    expect(init?.headers).toEqual({ authorization: 'Bearer secret-token' });
  });

  it('says a timeout apart from other failures to answer', async () => {
    const timeout = sendWithBearer(
      request(async () => Promise.reject(new DOMException('timed out', 'TimeoutError'))),
    );
    await expect(timeout).rejects.toMatchObject({ name: 'NetworkError', timedOut: true });
    const refused = sendWithBearer(request(async () => Promise.reject(new TypeError('redirect'))));
    await expect(refused).rejects.toBeInstanceOf(NetworkError);
    await expect(refused).rejects.toMatchObject({ timedOut: false, message: 'redirect' });
  });

  it('turns an error status into a GraphError with its code and Retry-After', async () => {
    const throttled = () =>
      Promise.resolve(
        new Response('{"error":{"code":"TooManyRequests","message":"slow down"}}', {
          status: 429,
          headers: { 'retry-after': '7' },
        }),
      );
    const error: unknown = await sendWithBearer(request(throttled)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests', retryAfterMs: 7_000 });
  });
});
