// bench:sandbox's load and its check: what each client writes to the local Graph sandbox (5 writes
// per activity), and the admin dump compared with what was written, write counts included.
import { randomUUID } from 'node:crypto';
import type { SandboxAdmin } from '../../sandbox';

/** Writes per activity: PUT+deep insert, item PUT, the item extended, item PUT, replacing PUT. */
export const WRITES_PER_ACTIVITY = 5;

/** One write as the client timed it, with the status it expected. */
export interface Sample {
  ms: number;
  status: number;
  expected: number;
}

/** Per `user\nappActivityId`: the activity's write count and each history item's, expected. */
export type Expected = Map<string, { writeCount: number; items: Map<string, number> }>;

/** What every client shares: where to write, as whom, how much, and where to note it. */
export interface ClientLoad {
  graphBaseUrl: string;
  users: readonly string[];
  /** One token per user, in the same order. */
  tokens: readonly string[];
  /** Activities per client. */
  activities: number;
  samples: Sample[];
  expected: Expected;
}

async function send(
  load: ClientLoad,
  token: string,
  pathName: string,
  body: unknown,
  expectedStatus: number,
): Promise<unknown> {
  const t = performance.now();
  const res = await fetch(`${load.graphBaseUrl}${pathName}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    // Per request, so nothing accumulates on a shared signal; the run has its own deadline.
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await res.json()) as unknown;
  load.samples.push({ ms: performance.now() - t, status: res.status, expected: expectedStatus });
  return json;
}

/** Client `c`'s writes, in order: WRITES_PER_ACTIVITY per activity, `load.activities` activities. */
export async function runClient(load: ClientLoad, c: number): Promise<void> {
  const user = load.users[c % load.users.length] ?? 'bench-01';
  const token = load.tokens[c % load.tokens.length] ?? '';
  for (let k = 0; k < load.activities; k++) {
    const appActivityId = `/client-${String(c)}/article?${String(k)}`;
    const encoded = encodeURIComponent(appActivityId);
    const [item1, item2, item3, item4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const activity = (historyItem: Record<string, unknown>) => ({
      appActivityId,
      activitySourceHost: 'https://bench.example',
      activationUrl: `https://bench.example/article/${String(c)}/${String(k)}`,
      fallbackUrl: `https://bench.example/article/${String(c)}/${String(k)}`,
      appDisplayName: 'Reading Timeline bench',
      visualElements: {
        displayText: `Article ${String(k)} of client ${String(c)}`,
        backgroundColor: '#0067b8',
      },
      contentInfo: {
        '@context': 'https://schema.org',
        '@type': 'Article',
        name: `Article ${String(k)}`,
      },
      historyItems: [historyItem],
    });
    const created = (await send(
      load,
      token,
      `/me/activities/${encoded}`,
      activity({
        id: item1,
        startedDateTime: '2024-05-01T10:00:00Z',
        lastActiveDateTime: '2024-05-01T10:01:00Z',
      }),
      201,
    )) as { id?: string };
    const id = created.id ?? 'missing';
    const itemPath = (item: string) => `/me/activities/${id}/historyItems/${item}`;
    await send(load, token, itemPath(item2), { startedDateTime: '2024-05-02T10:00:00Z' }, 201);
    await send(
      load,
      token,
      itemPath(item2),
      { startedDateTime: '2024-05-02T10:00:00Z', lastActiveDateTime: '2024-05-02T10:05:00Z' },
      200,
    );
    await send(load, token, itemPath(item3), { startedDateTime: '2024-05-03T10:00:00Z' }, 201);
    await send(
      load,
      token,
      `/me/activities/${encoded}`,
      activity({ id: item4, startedDateTime: '2024-05-04T10:00:00Z' }),
      200,
    );
    load.expected.set(`${user}\n${appActivityId}`, {
      writeCount: 2,
      items: new Map([
        [item1, 1],
        [item2, 2],
        [item3, 1],
        [item4, 1],
      ]),
    });
  }
}

/** What the sandbox holds against what was written: anything lost, written twice or unknown. */
export interface Verification {
  storedActivities: number;
  storedItems: number;
  lost: number;
  duplicated: number;
  unexpected: number;
}

/** Compares the admin dump's users with `expected`. Pure. */
export function verifyDump(
  users: Awaited<ReturnType<SandboxAdmin['dump']>>['users'],
  expected: Expected,
): Verification {
  let storedActivities = 0;
  let storedItems = 0;
  let lost = 0;
  let duplicated = 0;
  let unexpected = 0;
  const seen = new Set<string>();
  for (const [user, { activities }] of Object.entries(users)) {
    for (const a of activities) {
      storedActivities++;
      storedItems += a.historyItems.length;
      const key = `${user}\n${a.appActivityId}`;
      const want = expected.get(key);
      if (!want || seen.has(key)) {
        unexpected++;
        continue;
      }
      seen.add(key);
      if (a.writeCount > want.writeCount) duplicated++;
      if (a.writeCount < want.writeCount) lost++;
      for (const [itemId, count] of want.items) {
        const item = a.historyItems.find((i) => i.id === itemId);
        if (!item) lost++;
        else if (item.writeCount > count) duplicated++;
        else if (item.writeCount < count) lost++;
      }
      if (a.historyItems.length > want.items.size)
        duplicated += a.historyItems.length - want.items.size;
    }
  }
  lost += [...expected.keys()].filter((k) => !seen.has(k)).length;

  return { storedActivities, storedItems, lost, duplicated, unexpected };
}
