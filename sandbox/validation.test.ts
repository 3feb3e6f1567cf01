// Every documented way a write can be refused: a 400 (or 413) with Graph's error body, a stable
// code, a message naming the problem, and nothing stored. A malformed request never takes the
// server down (the last test keeps using it).
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody, graphClient, type GraphResult } from './test-support/graph-client';

const fx = useSandbox();

const ITEM = '11111111-2222-4333-8444-555555555555';

function expectGraphError(res: GraphResult, status: number, code: string, mention?: string): void {
  expect(res.status).toBe(status);
  expect(res.body.error?.code).toBe(code);
  expect(res.body.error?.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.body.error?.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(res.headers.get('request-id')).toBe(res.body.error?.innerError['request-id']);
  if (mention) expect(res.body.error?.message).toContain(mention);
}

async function expectNothingStored(): Promise<void> {
  expect((await fx.admin.dump()).users).toEqual({});
}

const base = activityBody('a1');
const withVisual = (visual: Record<string, unknown>) => ({
  ...base,
  visualElements: { ...base.visualElements, ...visual },
});

describe('activity body validation', () => {
  it.each<[string, unknown, string]>([
    ['missing appActivityId', { ...base, appActivityId: undefined }, 'appActivityId'],
    [
      'missing activitySourceHost',
      { ...base, activitySourceHost: undefined },
      'activitySourceHost',
    ],
    ['missing activationUrl', { ...base, activationUrl: undefined }, 'activationUrl'],
    ['empty activationUrl', { ...base, activationUrl: ' ' }, 'activationUrl'],
    ['missing visualElements', { ...base, visualElements: undefined }, 'visualElements'],
    ['missing displayText', { ...base, visualElements: { description: 'x' } }, 'displayText'],
    ['null required field', { ...base, activationUrl: null }, 'activationUrl'],
    [
      'activitySourceHost with a path',
      { ...base, activitySourceHost: 'https://reader.example/app' },
      'activitySourceHost',
    ],
    [
      'activitySourceHost with a query',
      { ...base, activitySourceHost: 'https://reader.example?x=1' },
      'activitySourceHost',
    ],
    [
      'activitySourceHost not a URL',
      { ...base, activitySourceHost: 'reader.example' },
      'activitySourceHost',
    ],
    ['non-hex backgroundColor', withVisual({ backgroundColor: 'red' }), 'backgroundColor'],
    [
      'short hex backgroundColor',
      withVisual({ backgroundColor: '#ff00' + 'z' }),
      'backgroundColor',
    ],
    ['appActivityId differs from the path', { ...base, appActivityId: 'a2' }, "'a2'"],
    ['unknown property', { ...base, readingProgress: 3 }, 'readingProgress'],
    ['wrong type', { ...base, appDisplayName: 42 }, 'appDisplayName'],
    ['contentInfo not an object', { ...base, contentInfo: 'x' }, 'contentInfo'],
    ['adaptive card not an object', withVisual({ content: [1] }), 'content'],
    [
      'attribution.addImageQuery not boolean',
      withVisual({ attribution: { addImageQuery: 'no' } }),
      'addImageQuery',
    ],
    ['historyItems not an array', { ...base, historyItems: {} }, 'historyItems'],
    [
      'history item without startedDateTime',
      { ...base, historyItems: [{ id: ITEM }] },
      'startedDateTime',
    ],
    [
      'history item with a bad date',
      { ...base, historyItems: [{ startedDateTime: '2024-02-30T00:00:00Z' }] },
      'startedDateTime',
    ],
    [
      'history item with a non-GUID id',
      { ...base, historyItems: [{ id: '42', startedDateTime: '2024-05-01T00:00:00Z' }] },
      "'42'",
    ],
    [
      'history item ending before it starts',
      {
        ...base,
        historyItems: [
          { startedDateTime: '2024-05-01T10:00:00Z', lastActiveDateTime: '2024-05-01T09:00:00Z' },
        ],
      },
      'lastActiveDateTime',
    ],
    [
      'negative activeDurationSeconds',
      {
        ...base,
        historyItems: [{ startedDateTime: '2024-05-01T10:00:00Z', activeDurationSeconds: -1 }],
      },
      'activeDurationSeconds',
    ],
    [
      'the same history id twice',
      {
        ...base,
        historyItems: [
          { id: ITEM, startedDateTime: '2024-05-01T10:00:00Z' },
          { id: ITEM.toUpperCase(), startedDateTime: '2024-05-01T10:00:00Z' },
        ],
      },
      'twice',
    ],
    ['a JSON array instead of an object', [base], 'JSON object'],
  ])('%s: 400 invalidRequest, nothing stored', async (_name, body, mention) => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    expectGraphError(await graph.put('/me/activities/a1', body), 400, 'invalidRequest', mention);
    await expectNothingStored();
  });

  it('a deep insert with one bad history item stores neither the activity nor the good item', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    const res = await graph.putActivity('a1', {
      ...base,
      historyItems: [{ startedDateTime: '2024-05-01T10:00:00Z' }, { startedDateTime: 'yesterday' }],
    });
    expectGraphError(res, 400, 'invalidRequest', 'yesterday');
    await expectNothingStored();
  });

  it('accepts every documented colour form and annotations such as @odata.type', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    for (const [i, color] of ['#fff', '#FFFF', '#ff0000', '#80ff0000'].entries()) {
      const id = `c${String(i)}`;
      const res = await graph.putActivity(id, {
        ...activityBody(id),
        '@odata.type': '#microsoft.graph.userActivity',
        visualElements: { displayText: 'x', backgroundColor: color },
      });
      expect(res.status).toBe(201);
    }
  });
});

describe('unreadable requests', () => {
  it('malformed JSON: 400 BadRequest, nothing stored', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    const res = await graph.call('/me/activities/a1', {
      method: 'PUT',
      rawBody: '{"appActivityId": "a1",',
      headers: { 'Content-Type': 'application/json' },
    });
    expectGraphError(res, 400, 'BadRequest', 'JSON');
    await expectNothingStored();
  });

  it('a body without a JSON Content-Type: 400 BadRequest', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    const res = await graph.call('/me/activities/a1', {
      method: 'PUT',
      rawBody: JSON.stringify(base),
      headers: { 'Content-Type': 'text/plain' },
    });
    expectGraphError(res, 400, 'BadRequest', 'Content-Type');
    await expectNothingStored();
  });

  it('a PUT without a body: 400 BadRequest', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    expectGraphError(await graph.call('/me/activities/a1', { method: 'PUT' }), 400, 'BadRequest');
  });

  it('a 10 MB body: 413 requestEntityTooLarge, nothing stored, server still fine', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    const huge = { ...base, contentInfo: { text: 'x'.repeat(10 * 1024 * 1024) } };
    const res = await graph.putActivity('a1', huge);
    expectGraphError(res, 413, 'requestEntityTooLarge');
    await expectNothingStored();
    expect((await graph.putActivity('a1', base)).status).toBe(201);
  });

  it('a badly percent-encoded path: 400 BadRequest', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    expectGraphError(
      await graph.put('/me/activities/%E0%A4%A', base),
      400,
      'BadRequest',
      '%E0%A4%A',
    );
  });

  it('unknown segments, versions and methods are refused the Graph way', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    expectGraphError(await graph.get('/me/events'), 400, 'BadRequest', "'events'");
    expectGraphError(await graph.get('/users/x/activities'), 400, 'BadRequest', "'users'");
    expectGraphError(await graph.post('/me/activities', base), 405, 'BadRequest');
    expectGraphError(await graph.get('/me/activities/123'), 405, 'BadRequest');
    const v2 = graphClient(
      fx.sb.graphBaseUrl.replace('/v1.0', '/v2.0'),
      await fx.sb.issueToken('alice'),
    );
    expectGraphError(await v2.get('/me/activities'), 400, 'BadRequest', 'version');
  });

  it('echoes client-request-id in headers and in the error body', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    const res = await graph.put(
      '/me/activities/a1',
      {},
      { headers: { 'client-request-id': 'abc-123' } },
    );
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect(res.body.error?.innerError['client-request-id']).toBe('abc-123');
  });
});
