// Graph connectors in the sandbox: the client-credentials grant, app-only auth (roles), GET
// connection, PUT item, and addActivities on the v1.0 and beta paths with 200 / 207 / 404.
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { httpsRequest } from './https-client';
import {
  GRAPH_AUDIENCE,
  RELAY_GRAPH_CLIENT_ID,
  RELAY_GRAPH_CLIENT_SECRET,
  sandboxAdmin,
} from './index';
import { sandboxUser } from './users';
import { useSandbox } from './test-support/fixture';

const fx = useSandbox();
const alice = sandboxUser('alice');

async function appToken(
  secret = RELAY_GRAPH_CLIENT_SECRET,
): Promise<{ status: number; token: string }> {
  const res = await httpsRequest(`${fx.sb.authority}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: RELAY_GRAPH_CLIENT_ID,
      client_secret: secret,
      scope: 'https://graph.microsoft.com/.default',
    }).toString(),
    ca: fx.sb.caPem,
  });
  const body = JSON.parse(res.body) as { access_token?: string };
  return { status: res.status, token: body.access_token ?? '' };
}

async function seed() {
  await sandboxAdmin(fx.sb.adminUrl).putConnection(
    {
      id: 'contosowiki',
      name: 'Contoso wiki',
      activitySettings: {
        urlToItemResolvers: [
          {
            '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver',
            priority: 1,
            itemId: '{slug}',
            urlMatchInfo: {
              baseUrls: ['https://wiki.contoso.com'],
              urlPattern: '/pages/(?<slug>[\\w-]+)',
            },
          },
        ],
      },
    },
    ['holidays'],
  );
}

const activity = (overrides: Record<string, unknown> = {}) => ({
  '@odata.type': '#microsoft.graph.externalConnectors.externalActivity',
  type: 'viewed',
  startDateTime: '2026-01-10T08:00:00Z',
  performedBy: { type: 'user', id: alice.oid },
  ...overrides,
});

async function post(path: string, token: string, body: unknown) {
  const res = await fetch(`${fx.sb.graphBaseUrl.replace(/\/v1\.0$/, '')}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { value?: { error: unknown }[]; error?: { code: string } },
  };
}

describe('client-credentials grant', () => {
  it('issues an app-only Graph token with roles and no scp', async () => {
    const { status, token } = await appToken();
    expect(status).toBe(200);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ aud: GRAPH_AUDIENCE, azp: RELAY_GRAPH_CLIENT_ID, idtyp: 'app' });
    expect(claims.roles).toContain('ExternalItem.ReadWrite.OwnedBy');
    expect(claims.scp).toBeUndefined();
  });

  it('refuses a wrong secret', async () => {
    expect((await appToken('guess')).status).toBe(401);
  });
});

describe('connector routes', () => {
  it('GET /external/connections/{id} returns the activitySettings', async () => {
    await seed();
    const { token } = await appToken();
    const res = await fetch(`${fx.sb.graphBaseUrl}/external/connections/contosowiki`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: 'contosowiki',
      activitySettings: { urlToItemResolvers: [{ itemId: '{slug}', priority: 1 }] },
    });
  });

  it.each([
    ['/v1.0/external/connections/contosowiki/items/holidays/addActivities'],
    ['/beta/external/connections/contosowiki/items/holidays/addActivities'],
    ['/beta/connections/contosowiki/items/holidays/addActivities'],
  ])('POST %s records the activities (200)', async (path) => {
    await seed();
    const { token } = await appToken();
    const res = await post(path, token, { activities: [activity()] });
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([
      {
        '@odata.type': '#microsoft.graph.externalConnectors.externalActivityResult',
        type: 'viewed',
        startDateTime: '2026-01-10T08:00:00Z',
        performedBy: { type: 'user', id: alice.oid },
        error: null,
      },
    ]);
    expect(await fx.admin.connectorActivities('contosowiki')).toMatchObject([
      { itemId: 'holidays', userId: alice.oid, appId: RELAY_GRAPH_CLIENT_ID },
    ]);
  });

  it('207 Multi-Status: per-activity errors, the valid one recorded', async () => {
    await seed();
    const { token } = await appToken();
    await fx.admin.failActivitiesNext(1);
    const res = await post(
      '/v1.0/external/connections/contosowiki/items/holidays/addActivities',
      token,
      {
        activities: [
          activity({ performedBy: { type: 'user', id: '00000000-0000-4000-8000-000000000000' } }),
          activity({ startDateTime: 'yesterday' }),
          activity({ startDateTime: '2099-01-01T00:00:00Z' }),
          activity({ type: 'liked' }),
          activity(), // the injected fault
          activity({ startDateTime: '2026-01-10T09:00:00Z' }),
        ],
      },
    );
    expect(res.status).toBe(207);
    expect(res.body.value?.map((r) => (r.error as { code?: string } | null)?.code ?? null)).toEqual(
      [
        'userNotFound',
        'invalidRequest',
        'invalidRequest',
        'invalidRequest',
        'serviceNotAvailable',
        null,
      ],
    );
    expect(await fx.admin.connectorActivities()).toHaveLength(1);
  });

  it('404 itemNotFound for an item that is not indexed', async () => {
    await seed();
    const { token } = await appToken();
    const res = await post(
      '/v1.0/external/connections/contosowiki/items/nope/addActivities',
      token,
      {
        activities: [activity()],
      },
    );
    expect(res.status).toBe(404);
    expect(res.body.error?.code).toBe('itemNotFound');
  });

  it('refuses a delegated (user) token: application permissions only', async () => {
    await seed();
    const userToken = await fx.sb.issueToken('alice');
    const res = await post(
      '/v1.0/external/connections/contosowiki/items/holidays/addActivities',
      userToken,
      {
        activities: [activity()],
      },
    );
    expect(res.status).toBe(403);
    expect(await fx.admin.connectorActivities()).toEqual([]);
  });

  it('PUT an item, then activities on it are accepted', async () => {
    await seed();
    const { token } = await appToken();
    const put = await fetch(
      `${fx.sb.graphBaseUrl}/external/connections/contosowiki/items/expenses`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          acl: [{ type: 'everyone', value: 'everyone', accessType: 'grant' }],
          properties: { title: 'Expenses' },
        }),
      },
    );
    expect(put.status).toBe(200);
    const res = await post(
      '/v1.0/external/connections/contosowiki/items/expenses/addActivities',
      token,
      {
        activities: [activity()],
      },
    );
    expect(res.status).toBe(200);
  });

  it('fault switches apply: a 429 storm with Retry-After', async () => {
    await seed();
    const { token } = await appToken();
    await fx.admin.failNext(2, { status: 429, retryAfter: 2, pathPrefix: '/external/' });
    const path = '/v1.0/external/connections/contosowiki/items/holidays/addActivities';
    expect((await post(path, token, { activities: [activity()] })).status).toBe(429);
    expect((await post(path, token, { activities: [activity()] })).status).toBe(429);
    expect((await post(path, token, { activities: [activity()] })).status).toBe(200);
  });
});
