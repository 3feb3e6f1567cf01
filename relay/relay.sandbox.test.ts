// The relay against the sandbox: real client-credentials token, real GET connection for the
// resolvers, real user tokens for the relay API, real addActivities (200, 207, 404).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchTrusting } from '../sandbox/https-client';
import {
  RELAY_API_AUDIENCE,
  RELAY_GRAPH_CLIENT_ID,
  RELAY_GRAPH_CLIENT_SECRET,
  SANDBOX_TENANT_ID,
  sandboxAdmin,
  startSandbox,
  type Sandbox,
  type SandboxAdmin,
} from '../sandbox';
import { TEST_STATE_DIR } from '../sandbox/test-support/fixture';
import { sandboxUser } from '../sandbox/users';
import { parseRelayConfig } from './config';
import { silentLogger } from './log';
import { startRelay, type Relay } from './relay';

let sb: Sandbox;
let admin: SandboxAdmin;
let dir: string;
let relay: Relay | undefined;

beforeAll(async () => {
  sb = await startSandbox({ stateDir: TEST_STATE_DIR, quiet: true });
  admin = sandboxAdmin(sb.adminUrl);
  dir = mkdtempSync(join(tmpdir(), 'relay-sandbox-'));
});
afterEach(async () => {
  await relay?.stop();
  relay = undefined;
  await admin.reset();
});
afterAll(async () => {
  await sb.stop();
  rmSync(dir, { recursive: true, force: true });
});

const INTRANET = 'http://intranet.contoso.test';

async function start(queueFile: string): Promise<Relay> {
  await admin.putConnection(
    {
      id: 'contosointranet',
      name: 'Contoso intranet',
      activitySettings: {
        urlToItemResolvers: [
          {
            '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver',
            priority: 1,
            itemId: 'page-{slug}',
            urlMatchInfo: { baseUrls: [`${INTRANET}/wiki`], urlPattern: '/(?<slug>[a-z-]+)' },
          },
        ],
      },
    },
    ['page-holidays', 'page-expenses'],
  );
  const config = parseRelayConfig({
    listen: { port: 0 },
    tenantId: SANDBOX_TENANT_ID,
    authority: sb.authority,
    clientId: RELAY_GRAPH_CLIENT_ID,
    graph: { baseUrl: sb.graphBaseUrl },
    api: {
      audiences: [RELAY_API_AUDIENCE],
      issuerTemplate: sb.authority.replace(SANDBOX_TENANT_ID, '{tenantid}'),
    },
    connections: ['contosointranet'],
    queue: { path: join(dir, queueFile) },
  });
  const started = await startRelay(config, {
    credential: { kind: 'secret', secret: RELAY_GRAPH_CLIENT_SECRET },
    log: silentLogger,
    fetch: fetchTrusting(sb.caPem),
  });
  await started.ready;
  return started;
}

async function report(r: Relay, token: string, reads: { url: string; startDateTime: string }[]) {
  const res = await fetch(`${r.url}/v1/reads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reads }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function drained(r: Relay): Promise<void> {
  for (let i = 0; i < 200 && r.queue.counts().pending > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const BASE = Date.now() - 3_600_000;
const at = (minute: number) => new Date(BASE + minute * 60_000).toISOString();

describe('relay with the sandbox', () => {
  it('turns two intranet reads into two viewed activities by the token user', async () => {
    relay = await start('a.db');
    const token = await sb.issueToken('alice', { audience: RELAY_API_AUDIENCE });
    const answer = await report(relay, token, [
      { url: `${INTRANET}/wiki/holidays`, startDateTime: at(1) },
      { url: `${INTRANET}/wiki/expenses?from=home`, startDateTime: at(2) },
      { url: 'https://news.example/story', startDateTime: at(3) },
      { url: `${INTRANET}/wiki/not-indexed`, startDateTime: at(4) },
    ]);
    expect(answer).toEqual({
      status: 200,
      body: { accepted: 3, duplicates: 0, rejected: [{ index: 2, reason: 'notIndexed' }] },
    });
    await drained(relay);
    const recorded = await admin.connectorActivities('contosointranet');
    expect(recorded.map((a) => [a.itemId, a.userId, a.startDateTime, a.type])).toEqual([
      ['page-holidays', sandboxUser('alice').oid, at(1), 'viewed'],
      ['page-expenses', sandboxUser('alice').oid, at(2), 'viewed'],
    ]);
    // The item Graph does not index: recorded as a permanent failure, not retried.
    expect(relay.queue.counts()).toEqual({ pending: 0, delivered: 2, failed: 1 });
  });

  it('refuses a Graph token (wrong audience) and stores nothing', async () => {
    relay = await start('b.db');
    const graphToken = await sb.issueToken('alice');
    const answer = await report(relay, graphToken, [
      { url: `${INTRANET}/wiki/holidays`, startDateTime: at(1) },
    ]);
    expect(answer.status).toBe(401);
    expect(relay.queue.counts().pending).toBe(0);
  });

  it('207: the failed activity is retried and recorded once, the other never twice', async () => {
    relay = await start('c.db');
    await admin.failActivitiesNext(1);
    const token = await sb.issueToken('bob', { audience: RELAY_API_AUDIENCE });
    await report(relay, token, [
      { url: `${INTRANET}/wiki/holidays`, startDateTime: at(5) },
      { url: `${INTRANET}/wiki/holidays`, startDateTime: at(6) },
    ]);
    for (let i = 0; i < 200 && (await admin.connectorActivities()).length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const recorded = await admin.connectorActivities();
    expect(recorded.map((a) => a.startDateTime).sort()).toEqual([at(5), at(6)]);
    expect(relay.metrics.retried).toBe(1);
  });
});
