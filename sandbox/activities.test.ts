// Activity and history-item semantics beyond the docs' examples: replace vs. keep, client history
// ids kept, deletes (cascade), 404s, and isolation between users and between apps.
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody, graphClient } from './test-support/graph-client';
import { OTHER_APP_CLIENT_ID } from './index';

const fx = useSandbox();

const ITEM_A = '11111111-2222-4333-8444-555555555555';
const ITEM_B = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

async function client(user = 'alice', clientId?: string) {
  return graphClient(
    fx.sb.graphBaseUrl,
    await fx.sb.issueToken(user, clientId ? { clientId } : {}),
  );
}

describe('PUT activity', () => {
  it('replaces every client property on the second PUT (omitted optionals disappear)', async () => {
    const graph = await client();
    await graph.putActivity('a1', activityBody('a1', { contentUrl: 'https://reader.example/c' }));
    const replaced = await graph.putActivity('a1', activityBody('a1'));
    expect(replaced.status).toBe(200);
    expect(replaced.body.contentUrl).toBeUndefined();
  });

  it('keeps history-item ids the client sends and upserts them on later deep inserts', async () => {
    const graph = await client();
    const first = await graph.putActivity(
      'a1',
      activityBody('a1', {
        historyItems: [
          { id: ITEM_A, startedDateTime: '2024-05-01T10:00:00Z', lastActiveDateTime: null },
        ],
      }),
    );
    expect(first.body.historyItems?.[0]).toMatchObject({
      id: ITEM_A,
      lastActiveDateTime: null,
      activeDurationSeconds: null,
    });
    const second = await graph.putActivity(
      'a1',
      activityBody('a1', {
        historyItems: [
          {
            id: ITEM_A,
            startedDateTime: '2024-05-01T10:00:00Z',
            lastActiveDateTime: '2024-05-01T10:05:00Z',
            activeDurationSeconds: 120,
          },
          { id: ITEM_B, startedDateTime: '2024-05-02T10:00:00Z' },
        ],
      }),
    );
    expect(second.status).toBe(200);
    // An explicit activeDurationSeconds wins over the computed one.
    expect(second.body.historyItems?.[0]).toMatchObject({ id: ITEM_A, activeDurationSeconds: 120 });
    const dump = await fx.admin.dump();
    const items = dump.users.alice?.activities[0]?.historyItems ?? [];
    expect(items.map((i) => [i.id, i.writeCount])).toEqual([
      [ITEM_A, 2],
      [ITEM_B, 1],
    ]);
  });

  it('a PUT without historyItems keeps the stored ones', async () => {
    const graph = await client();
    await graph.putActivity(
      'a1',
      activityBody('a1', {
        historyItems: [{ id: ITEM_A, startedDateTime: '2024-05-01T10:00:00Z' }],
      }),
    );
    await graph.putActivity('a1', activityBody('a1'));
    const list = await graph.get('/me/activities?$expand=historyItems');
    expect(list.body.value?.[0]?.historyItems).toHaveLength(1);
  });

  it('a client-set history expirationDateTime is kept', async () => {
    const graph = await client();
    const res = await graph.putActivity(
      'a1',
      activityBody('a1', {
        historyItems: [
          {
            id: ITEM_A,
            startedDateTime: '2024-05-01T10:00:00Z',
            expirationDateTime: '2099-01-01T00:00:00+01:00',
          },
        ],
      }),
    );
    expect(res.body.historyItems?.[0]?.expirationDateTime).toBe('2098-12-31T23:00:00Z');
  });

  it('PUT /me/activities/recent writes an activity whose appActivityId is "recent"', async () => {
    const graph = await client();
    const res = await graph.put('/me/activities/recent', activityBody('recent'));
    expect(res.status).toBe(201);
    expect(res.body.appActivityId).toBe('recent');
  });

  it('path segments are case-insensitive, like Graph', async () => {
    const graph = await client();
    expect((await graph.put('/Me/Activities/x', activityBody('x'))).status).toBe(201);
    expect((await graph.get('/ME/activities')).status).toBe(200);
  });
});

describe('history items by server id', () => {
  it('404 for an unknown activity, 400 for a non-GUID item id', async () => {
    const graph = await client();
    const missing = await graph.put(`/me/activities/123/historyItems/${ITEM_A}`, {
      startedDateTime: '2024-05-01T10:00:00Z',
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error?.code).toBe('itemNotFound');
    const { body } = await graph.putActivity('a1', activityBody('a1'));
    const bad = await graph.put(`/me/activities/${String(body.id)}/historyItems/not-a-guid`, {
      startedDateTime: '2024-05-01T10:00:00Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('invalidRequest');
  });

  it('an item id in the body must match the path', async () => {
    const graph = await client();
    const { body } = await graph.putActivity('a1', activityBody('a1'));
    const res = await graph.put(`/me/activities/${String(body.id)}/historyItems/${ITEM_A}`, {
      id: ITEM_B,
      startedDateTime: '2024-05-01T10:00:00Z',
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toContain(ITEM_B);
  });
});

describe('DELETE', () => {
  it('deletes a history item (204), then 404 for it', async () => {
    const graph = await client();
    const { body } = await graph.putActivity(
      'a1',
      activityBody('a1', {
        historyItems: [{ id: ITEM_A, startedDateTime: '2024-05-01T10:00:00Z' }],
      }),
    );
    const path = `/me/activities/${String(body.id)}/historyItems/${ITEM_A}`;
    const deleted = await graph.del(path);
    expect(deleted.status).toBe(204);
    expect(deleted.empty).toBe(true);
    const again = await graph.del(path);
    expect(again.status).toBe(404);
    expect(again.body.error?.code).toBe('itemNotFound');
  });

  it('deleting an activity removes its history items (cascade); a new PUT starts fresh', async () => {
    const graph = await client();
    const first = await graph.putActivity(
      'a1',
      activityBody('a1', {
        historyItems: [{ id: ITEM_A, startedDateTime: '2024-05-01T10:00:00Z' }],
      }),
    );
    expect((await graph.del(`/me/activities/${String(first.body.id)}`)).status).toBe(204);
    expect((await graph.del(`/me/activities/${String(first.body.id)}`)).status).toBe(404);
    expect(
      (
        await graph.put(`/me/activities/${String(first.body.id)}/historyItems/${ITEM_A}`, {
          startedDateTime: '2024-05-01T10:00:00Z',
        })
      ).status,
    ).toBe(404);
    const recreated = await graph.putActivity('a1', activityBody('a1'));
    expect(recreated.status).toBe(201);
    expect(recreated.body.id).not.toBe(first.body.id);
    expect((await fx.admin.dump()).users.alice?.activities[0]?.historyItems).toEqual([]);
  });

  it('DELETE addresses the server id, not the appActivityId', async () => {
    const graph = await client();
    await graph.putActivity('a1', activityBody('a1'));
    expect((await graph.del('/me/activities/a1')).status).toBe(404);
  });
});

describe('isolation', () => {
  it('each user sees and changes only their own activities', async () => {
    const alice = await client('alice');
    const bob = await client('bob');
    const mine = await alice.putActivity('same-id', activityBody('same-id'));
    const theirs = await bob.putActivity('same-id', activityBody('same-id'));
    // Same appActivityId, different users: two separate activities.
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect((await bob.get('/me/activities')).body.value).toHaveLength(1);
    expect((await bob.del(`/me/activities/${String(mine.body.id)}`)).status).toBe(404);
    expect(
      (
        await bob.put(`/me/activities/${String(mine.body.id)}/historyItems/${ITEM_A}`, {
          startedDateTime: '2024-05-01T10:00:00Z',
        })
      ).status,
    ).toBe(404);
    const dump = await fx.admin.dump();
    expect(Object.keys(dump.users).sort()).toEqual(['alice', 'bob']);
  });

  it('activities are visible only to the app that created them (CreatedByApp)', async () => {
    const ours = await client('alice');
    const other = await client('alice', OTHER_APP_CLIENT_ID);
    const mine = await ours.putActivity('x', activityBody('x'));
    expect((await other.get('/me/activities')).body.value).toEqual([]);
    expect((await other.del(`/me/activities/${String(mine.body.id)}`)).status).toBe(404);
    // The same appActivityId in another app is another activity.
    expect((await other.putActivity('x', activityBody('x'))).status).toBe(201);
    expect((await ours.get('/me/activities')).body.value).toHaveLength(1);
  });
});
