// The admin API's benchmark set-up: activities seeded for a user are what their PUT would have
// stored (the extension's own, readable and deletable through Graph by the returned id), and a body
// a PUT would refuse is refused.
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody, graphClient } from './test-support/graph-client';

const fx = useSandbox();
const ITEM = '5f4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c';

describe('admin seedActivities', () => {
  it('stores activities with their history items as a PUT would, under the returned ids', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    const item = {
      id: ITEM,
      startedDateTime: '2026-01-05T10:00:00Z',
      lastActiveDateTime: '2026-01-05T10:00:30Z',
    };
    const ids = await fx.admin.seedActivities('alice', [
      { appActivityId: 's1', body: activityBody('s1', { historyItems: [item] }) },
      { appActivityId: 's2', body: activityBody('s2') },
    ]);
    expect(Object.keys(ids).sort()).toEqual(['s1', 's2']);

    const read = await graph.get('/me/activities?$expand=historyItems');
    expect(read.status).toBe(200);
    const listed = (read.body.value ?? []) as { id: string; appActivityId: string }[];
    expect(listed.map((a) => [a.appActivityId, a.id]).sort()).toEqual(Object.entries(ids).sort());
    expect(listed.find((a) => a.appActivityId === 's1')).toMatchObject({
      historyItems: [{ id: ITEM }],
    });
    // The same as the extension's own PUT: replacing it keeps the id, deleting it works.
    const put = await graph.putActivity('s2', activityBody('s2'));
    expect(put.status).toBe(200);
    expect(put.body.id).toBe(ids.s2);
    expect((await graph.del(`/me/activities/${ids.s1 ?? ''}`)).status).toBe(204);
    // Seeding is not a Graph request: the log holds only what the client sent.
    expect((await fx.admin.requestLog()).map((r) => r.method)).toEqual(['GET', 'PUT', 'DELETE']);
  });

  it('refuses a body a PUT would refuse, storing nothing', async () => {
    await expect(
      fx.admin.seedActivities('alice', [
        { appActivityId: 'ok', body: activityBody('ok') },
        { appActivityId: 'bad', body: { appActivityId: 'bad' } },
      ]),
    ).rejects.toThrow(/bad/);
    expect((await fx.admin.dump()).users.alice?.activities ?? []).toEqual([]);
  });
});
