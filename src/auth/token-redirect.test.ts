import { createServer } from 'node:http';
import { afterAll, expect, it } from 'vitest';
import { createAppTokenSource } from '../../relay/graph/app-token';
import { requestTokens } from './refresh-grant';
import { revokeRefreshToken } from './token-revocation';

// A token endpoint behind a misconfigured proxy (or a hijacked path) answering 307: a POST that
// follows it re-sends its body, refresh token or client secret included, to wherever it points.
const seen: string[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += String(chunk)));
  req.on('end', () => {
    seen.push(`${req.url ?? ''} ${body}`);
    if (req.url === '/token') res.writeHead(307, { location: '/elsewhere' }).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"a"}');
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };
const endpoint = `http://127.0.0.1:${String(port)}/token`;
afterAll(() => server.close());

it.each<[string, () => Promise<unknown>]>([
  [
    'the refresh grant',
    () =>
      requestTokens(
        endpoint,
        new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'RT-SECRET' }),
      ),
  ],
  ['revocation at sign-out', () => revokeRefreshToken(endpoint, 'client', 'RT-SECRET', fetch)],
  [
    "the relay's app token",
    () =>
      createAppTokenSource({
        tokenEndpoint: endpoint,
        clientId: 'relay',
        scope: 'https://graph.microsoft.com/.default',
        credential: { kind: 'secret', secret: 'RT-SECRET' },
      })
        .get()
        .catch(() => undefined),
  ],
])('%s never follows a token endpoint redirect with its secret (F-auth-1)', async (_, post) => {
  seen.length = 0;
  await post();
  expect(seen).toHaveLength(1);
  expect(seen.some((request) => request.startsWith('/elsewhere'))).toBe(false);
});
