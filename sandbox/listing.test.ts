// GET /me/activities and /me/activities/recent: server-driven paging with @odata.nextLink
// (including the empty pages CreatedByApp filtering produces), $top across pages, $filter on
// lastModifiedDateTime, $expand=historyItems (with its own $filter), and refused options.
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody, type GraphClient, graphClient } from './test-support/graph-client';

const fx = useSandbox();
const ITEM = '5f4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c';

async function alice(): Promise<GraphClient> {
  return graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
}

/** Follows next links from `path`, returning every page. */
async function allPages(graph: GraphClient, path: string) {
  const pages: { value: { appActivityId: string; historyItems?: unknown[] }[]; next?: string }[] =
    [];
  let url: string | undefined = path;
  while (url !== undefined) {
    const res = await graph.get(url);
    expect(res.status).toBe(200);
    const next = res.body['@odata.nextLink'];
    pages.push({ value: res.body.value ?? [], ...(next ? { next } : {}) });
    url = next?.slice(fx.sb.graphBaseUrl.length);
    if (pages.length > 100) throw new Error('runaway paging');
  }
  return pages;
}

async function writeMany(graph: GraphClient, count: number, prefix = 'a'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `${prefix}${String(i).padStart(3, '0')}`;
    expect((await graph.putActivity(id, activityBody(id))).status).toBe(201);
    ids.push(id);
  }
  return ids;
}

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

describe('$filter and $expand', () => {
  it('filters on lastModifiedDateTime (gt/ge/lt/le/eq/ne, joined by and)', async () => {
    const graph = await alice();
    await writeMany(graph, 2, 'early');
    const cut = await fx.admin.advanceClock(60_000);
    await writeMany(graph, 3, 'late');
    const cutIso = new Date(cut - 1).toISOString();
    const after = await graph.get(`/me/activities?$filter=lastModifiedDateTime gt ${cutIso}`);
    expect(after.body.value?.map((a: { appActivityId: string }) => a.appActivityId).sort()).toEqual(
      ['late000', 'late001', 'late002'],
    );
    const before = await graph.get(
      `/me/activities?$filter=${encodeURIComponent(`lastModifiedDateTime lt '${cutIso}' and lastModifiedDateTime ge 2000-01-01T00:00:00Z`)}`,
    );
    expect(before.body.value).toHaveLength(2);
  });

  it.each(['put', 'delete'] as const)(
    'a history item %s on its own path modifies the activity (found by the filter, listed first)',
    async (method) => {
      const graph = await alice();
      const [first] = await writeMany(graph, 2, 'item');
      const created = await graph.putActivity(first ?? '', {
        ...activityBody(first ?? ''),
        historyItems: [{ id: ITEM, startedDateTime: '2024-01-01T00:00:00Z' }],
      });
      const cut = await fx.admin.advanceClock(60_000);
      const path = `/me/activities/${String(created.body.id)}/historyItems/${ITEM}`;
      const write =
        method === 'put'
          ? await graph.put(path, { startedDateTime: '2024-01-01T00:00:00Z' })
          : await graph.del(path);
      expect(write.status).toBeLessThan(300);
      const cutIso = new Date(cut - 1).toISOString();
      const since = await graph.get(`/me/activities?$filter=lastModifiedDateTime gt ${cutIso}`);
      expect(since.body.value?.map((a: { appActivityId: string }) => a.appActivityId)).toEqual([
        first,
      ]);
    },
  );

  it('refuses filters on other properties and malformed dates', async () => {
    const graph = await alice();
    for (const filter of [
      "appActivityId eq 'x'",
      'lastModifiedDateTime gt yesterday',
      'lastModifiedDateTime gt 2024-01-01T00:00:00Z or lastModifiedDateTime lt 2023-01-01T00:00:00Z',
      '',
    ]) {
      const res = await graph.get(`/me/activities?$filter=${encodeURIComponent(filter)}`);
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('BadRequest');
    }
  });

  it('historyItems appear only with $expand, which may carry its own $filter', async () => {
    const graph = await alice();
    await graph.putActivity(
      'a1',
      activityBody('a1', {
        historyItems: [
          { id: '11111111-1111-4111-8111-111111111111', startedDateTime: '2024-01-01T00:00:00Z' },
        ],
      }),
    );
    const cut = await fx.admin.advanceClock(60_000);
    const { body } = await graph.get('/me/activities');
    expect(body.value?.[0]?.historyItems).toBeUndefined();
    await graph.put(
      `/me/activities/${String(body.value?.[0]?.id)}/historyItems/22222222-2222-4222-8222-222222222222`,
      { startedDateTime: '2024-01-02T00:00:00Z' },
    );
    const expanded = await graph.get('/me/activities?$expand=historyItems');
    expect(expanded.body.value?.[0]?.historyItems).toHaveLength(2);
    const filtered = await graph.get(
      `/me/activities?$expand=${encodeURIComponent(`historyItems($filter=lastModifiedDateTime ge ${new Date(cut).toISOString()})`)}`,
    );
    expect(filtered.body.value?.[0]?.historyItems?.map((i) => i.id)).toEqual([
      '22222222-2222-4222-8222-222222222222',
    ]);
  });

  it('$expand keeps working across pages', async () => {
    const graph = await alice();
    await fx.admin.setPageSize(1);
    await writeMany(graph, 2);
    const pages = await allPages(graph, '/me/activities?$expand=historyItems');
    expect(pages.flatMap((p) => p.value).every((a) => Array.isArray(a.historyItems))).toBe(true);
  });

  it('refuses unsupported or repeated query options', async () => {
    const graph = await alice();
    for (const query of [
      '$orderby=id',
      '$select=id',
      '$skip=1',
      '$top=0',
      '$top=x',
      '$top=1&$top=2',
      '$expand=activity',
      '$foo=1',
    ]) {
      const res = await graph.get(`/me/activities?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
    }
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
