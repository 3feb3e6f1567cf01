// GET /me/activities and /me/activities/recent: server-driven paging with @odata.nextLink
// (including the empty pages CreatedByApp filtering produces) and $top across pages. The query
// options ($filter, $expand, refused options): listing-query.test.ts.
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody } from './test-support/graph-client';
import { listingHelpers } from './test-support/listing';

const fx = useSandbox();
const { alice, allPages, writeMany } = listingHelpers(fx);

describe('paging', () => {
  it('returns every activity once, newest first, over pages linked by @odata.nextLink', async () => {
    const graph = await alice();
    await fx.admin.setPageSize(4);
    const ids = await writeMany(graph, 10);
    const pages = await allPages(graph, '/me/activities');
    expect(pages.map((p) => p.value.length)).toEqual([4, 4, 2]);
    expect(pages.flatMap((p) => p.value.map((a) => a.appActivityId))).toEqual([...ids].reverse());
    expect(pages[0]?.next).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/me\/activities\?\$skiptoken=/,
    );
  });

  it("other apps' activities of the user yield empty pages that still carry a next link", async () => {
    const graph = await alice();
    await fx.admin.setPageSize(3);
    await writeMany(graph, 2, 'old');
    await fx.admin.seedForeignActivities('alice', 7); // newer than ours
    const pages = await allPages(graph, '/me/activities');
    expect(pages.filter((p) => p.value.length === 0 && p.next).length).toBeGreaterThanOrEqual(2);
    expect(pages.flatMap((p) => p.value.map((a) => a.appActivityId)).sort()).toEqual([
      'old000',
      'old001',
    ]);
  });

  it('$top limits the items returned across all pages', async () => {
    const graph = await alice();
    await fx.admin.setPageSize(4);
    await writeMany(graph, 10);
    const pages = await allPages(graph, '/me/activities?$top=6');
    expect(pages.map((p) => p.value.length)).toEqual([4, 2]);
    const small = await allPages(graph, '/me/activities?$top=3');
    expect(small.map((p) => p.value.length)).toEqual([3]);
  });

  it('an activity written between pages is neither lost nor repeated in what was already cut', async () => {
    const graph = await alice();
    await fx.admin.setPageSize(3);
    const ids = await writeMany(graph, 6);
    const first = await graph.get('/me/activities');
    await graph.putActivity('late', activityBody('late'));
    const next = String(first.body['@odata.nextLink']).slice(fx.sb.graphBaseUrl.length);
    const second = await graph.get(next);
    const seen = [...(first.body.value ?? []), ...(second.body.value ?? [])].map(
      (a) => a.appActivityId,
    );
    expect(seen).toEqual([...ids].reverse());
  });

  it('refuses a forged or foreign $skiptoken', async () => {
    const graph = await alice();
    await fx.admin.setPageSize(1);
    await writeMany(graph, 2);
    const res = await graph.get('/me/activities?$skiptoken=not-a-token');
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('BadRequest');
    // A list token is not valid for /recent.
    const list = await graph.get('/me/activities');
    const token =
      new URL(String(list.body['@odata.nextLink'])).searchParams.get('$skiptoken') ?? '';
    expect((await graph.get(`/me/activities/recent?$skiptoken=${token}`)).status).toBe(400);
  });
});

describe('/me/activities/recent', () => {
  it('sorts by the most recent history item and leaves out activities without any', async () => {
    const graph = await alice();
    const put = (id: string, started: string, last?: string) =>
      graph.putActivity(
        id,
        activityBody(id, {
          historyItems: [
            { startedDateTime: started, ...(last ? { lastActiveDateTime: last } : {}) },
          ],
        }),
      );
    await put('older', '2024-01-01T10:00:00Z', '2024-01-05T10:00:00Z');
    await put('newest', '2024-01-03T10:00:00Z', '2024-01-06T10:00:00Z');
    await put('middle', '2024-01-04T10:00:00Z');
    await graph.putActivity('no-history', activityBody('no-history'));
    const res = await graph.get('/me/activities/recent');
    expect(res.status).toBe(200);
    expect(res.body.value?.map((a: { appActivityId: string }) => a.appActivityId)).toEqual([
      'newest',
      'older',
      'middle',
    ]);
  });

  it('pages like the main list', async () => {
    const graph = await alice();
    await fx.admin.setPageSize(2);
    for (let i = 0; i < 5; i++) {
      await graph.putActivity(
        `r${String(i)}`,
        activityBody(`r${String(i)}`, {
          historyItems: [{ startedDateTime: `2024-01-0${String(i + 1)}T10:00:00Z` }],
        }),
      );
    }
    const pages = await allPages(graph, '/me/activities/recent');
    expect(pages.flatMap((p) => p.value.map((a) => a.appActivityId))).toEqual([
      'r4',
      'r3',
      'r2',
      'r1',
      'r0',
    ]);
  });
});
