// The seed examples of the public Graph docs, replayed against the sandbox: "create or replace an
// activity" (v1.0 and beta; 201 then 200 for the same PUT), the deep-insert example, the
// history-item example, and the URL-encoding rule `/article?12345` <-> `%2Farticle%3F12345`.
import { describe, expect, it } from 'vitest';
import {
  DOCS_ACTIVITY_EXAMPLE,
  DOCS_ACTIVITY_PATH,
  DOCS_DEEP_INSERT_EXAMPLE,
  DOCS_HISTORY_ITEM_EXAMPLE,
  DOCS_HISTORY_ITEM_ID,
} from './test-support/docs-examples';
import { useSandbox } from './test-support/fixture';
import { encodeAppActivityId, graphClient, ms } from './test-support/graph-client';

const fx = useSandbox();

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/;
const DAY = 86_400_000;

describe.each([
  ['v1.0', (sb: { graphBaseUrl: string }) => sb.graphBaseUrl],
  ['beta', (sb: { graphBetaUrl: string }) => sb.graphBetaUrl],
])('create or replace an activity (%s)', (_version, base) => {
  it('creates with 201, then the same PUT replaces with 200 and keeps the server id', async () => {
    const { sb } = fx;
    const token = await sb.issueToken('alice');
    const graph = graphClient(base(sb), token);
    const created = await graph.put(DOCS_ACTIVITY_PATH, DOCS_ACTIVITY_EXAMPLE);
    expect(created.status).toBe(201);
    expect(created.body['@odata.context']).toBe(
      `${base(sb)}/$metadata#users('${decodeOid(token)}')/activities/$entity`,
    );
    // Every client property comes back exactly as sent.
    expect(created.body).toMatchObject(DOCS_ACTIVITY_EXAMPLE);
    // Server-set properties, as in the docs' response.
    expect(created.body.id).toMatch(/^\d+$/);
    expect(created.body.status).toBe('updated');
    expect(created.body.createdDateTime).toMatch(ISO_UTC);
    expect(created.body.lastModifiedDateTime).toBe(created.body.createdDateTime);
    expect(ms(created.body.expirationDateTime) - ms(created.body.lastModifiedDateTime)).toBe(
      30 * DAY,
    );
    expect(created.body.historyItems).toBeUndefined();

    const replaced = await graph.put(DOCS_ACTIVITY_PATH, DOCS_ACTIVITY_EXAMPLE);
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(created.body.id);
    expect(replaced.body.createdDateTime).toBe(created.body.createdDateTime);
    expect(ms(replaced.body.lastModifiedDateTime)).toBeGreaterThanOrEqual(
      ms(created.body.lastModifiedDateTime),
    );

    const dump = await fx.admin.dump();
    expect(dump.users.alice?.activities).toHaveLength(1);
    expect(dump.users.alice?.activities[0]).toMatchObject({
      appActivityId: '/article?12345',
      writeCount: 2,
    });
  });
});

function decodeOid(token: string): string {
  const payload = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { oid: string };
  return payload.oid;
}

describe('deep insert example', () => {
  it('creates the activity and its history item in one PUT, with computed duration', async () => {
    const { sb } = fx;
    const graph = graphClient(sb.graphBaseUrl, await sb.issueToken('alice'));
    const res = await graph.put(DOCS_ACTIVITY_PATH, DOCS_DEEP_INSERT_EXAMPLE);
    expect(res.status).toBe(201);
    expect(res.body.historyItems).toHaveLength(1);
    const item = res.body.historyItems?.[0];
    expect(item).toMatchObject({
      '@odata.type': '#microsoft.graph.activityHistoryItem',
      status: 'updated',
      userTimezone: 'Africa/Casablanca',
      // Offsets normalised to UTC with all 7 fractional digits kept, as in the docs' response.
      startedDateTime: '2018-02-26T20:54:04.3457274Z',
      lastActiveDateTime: '2018-02-26T20:54:24.3457274Z',
      activeDurationSeconds: 20,
    });
    // The server assigns a GUID when the client sends none.
    expect(item?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(item?.createdDateTime).toMatch(ISO_UTC);
    expect(ms(item?.expirationDateTime) - ms(item?.createdDateTime)).toBe(30 * DAY);
  });
});

describe('history item example', () => {
  it('PUT /me/activities/{id}/historyItems/{guid}: 201, then 200 for the same item', async () => {
    const { sb } = fx;
    const graph = graphClient(sb.graphBaseUrl, await sb.issueToken('alice'));
    const activity = await graph.put(DOCS_ACTIVITY_PATH, DOCS_ACTIVITY_EXAMPLE);
    const path = `/me/activities/${String(activity.body.id)}/historyItems/${DOCS_HISTORY_ITEM_ID}`;
    const created = await graph.put(path, DOCS_HISTORY_ITEM_EXAMPLE);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: DOCS_HISTORY_ITEM_ID,
      status: 'updated',
      userTimezone: 'Africa/Casablanca',
      startedDateTime: '2018-02-26T20:54:04.3457274Z',
      lastActiveDateTime: '2018-02-26T20:54:24.3457274Z',
      activeDurationSeconds: 20,
    });
    expect(created.body['@odata.context']).toContain(
      `/activities('${String(activity.body.id)}')/historyItems/$entity`,
    );

    // Extending the same engagement: same GUID, later lastActiveDateTime.
    const extended = await graph.put(path, {
      ...DOCS_HISTORY_ITEM_EXAMPLE,
      lastActiveDateTime: '2018-02-26T21:04:04.3457274+00:00',
    });
    expect(extended.status).toBe(200);
    expect(extended.body.activeDurationSeconds).toBe(600);
    expect(extended.body.createdDateTime).toBe(created.body.createdDateTime);

    const listed = await graph.get('/me/activities?$expand=historyItems');
    expect(listed.body.value?.[0]?.historyItems).toEqual([
      expect.objectContaining({ id: DOCS_HISTORY_ITEM_ID, activeDurationSeconds: 600 }),
    ]);
  });
});

describe('URL-encoded appActivityId', () => {
  it('maps /article?12345 to %2Farticle%3F12345 and back', async () => {
    const { sb } = fx;
    expect(encodeAppActivityId('/article?12345')).toBe('%2Farticle%3F12345');
    const graph = graphClient(sb.graphBaseUrl, await sb.issueToken('alice'));
    const res = await graph.put('/me/activities/%2Farticle%3F12345', DOCS_ACTIVITY_EXAMPLE);
    expect(res.status).toBe(201);
    expect(res.body.appActivityId).toBe('/article?12345');
    const dump = await fx.admin.dump();
    expect(dump.users.alice?.activities.map((a) => a.appActivityId)).toEqual(['/article?12345']);
  });

  it("keeps every character of an id through the encoding, including !'()* and unicode", async () => {
    const { sb } = fx;
    const graph = graphClient(sb.graphBaseUrl, await sb.issueToken('alice'));
    const id = "https://example.com/a b/(c)!'*?q=1&r=é#frag";
    const res = await graph.putActivity(id, { ...DOCS_ACTIVITY_EXAMPLE, appActivityId: id });
    expect(res.status).toBe(201);
    expect(res.body.appActivityId).toBe(id);
  });

  it('an unencoded id is not the same activity: the body no longer matches the path', async () => {
    const { sb } = fx;
    const graph = graphClient(sb.graphBaseUrl, await sb.issueToken('alice'));
    // "/me/activities/article?12345": the "?12345" becomes a query string, the id "article".
    const res = await graph.put('/me/activities/article?12345', {
      ...DOCS_ACTIVITY_EXAMPLE,
      appActivityId: 'article?12345',
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('invalidRequest');
    expect((await fx.admin.dump()).users).toEqual({});
  });
});
