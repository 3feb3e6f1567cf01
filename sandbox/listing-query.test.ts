// GET /me/activities's query options: $filter on lastModifiedDateTime, $expand=historyItems
// (with its own $filter, across pages), and refused options. Paging: listing.test.ts.
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody } from './test-support/graph-client';
import { listingHelpers } from './test-support/listing';

const fx = useSandbox();
const { alice, allPages, writeMany } = listingHelpers(fx);
const ITEM = '5f4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c';

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
