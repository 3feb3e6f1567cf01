import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createActivitiesClient } from './activities-client';
import { NetworkError } from './graph-error';

/** A Graph stand-in whose activity PUT redirects (307) to a path off the /v1.0 root. */
async function redirectingGraph(): Promise<{ server: Server; base: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    if (request.url?.startsWith('/v1.0/')) {
      response.writeHead(307, { location: '/elsewhere' }).end();
      return;
    }
    seen.push(request.headers.authorization ?? '(none)');
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"x"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/v1.0`, seen };
}

describe('activities client redirects', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('refuses a redirect instead of following it with the bearer token', async () => {
    const graph = await redirectingGraph();
    server = graph.server;
    const client = createActivitiesClient({ baseUrl: graph.base, token: 'secret-token' });
    await expect(client.putActivity('page-1', { a: 1 })).rejects.toBeInstanceOf(NetworkError);
    await expect(client.listActivities('/me/activities')).rejects.toBeInstanceOf(NetworkError);
    expect(graph.seen).toEqual([]);
  });
});
