// POST /$batch: up to 20 parts, per-part status inside a 200, dependsOn ordering, 424 for a failed
// dependency, Content-Type required for a body, per-part throttling, responses in any order.
import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-support/fixture';
import { activityBody, encodeAppActivityId, graphClient } from './test-support/graph-client';

const fx = useSandbox();

interface PartResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { id?: string; error?: { code: string } };
}

const json = { 'Content-Type': 'application/json' };
const putPart = (id: string, appActivityId: string, extra: Record<string, unknown> = {}) => ({
  id,
  method: 'PUT',
  url: `/me/activities/${encodeAppActivityId(appActivityId)}`,
  headers: json,
  body: activityBody(appActivityId),
  ...extra,
});

async function batch(requests: unknown[]) {
  const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
  const res = await graph.post('/$batch', { requests });
  const byId = new Map<string, PartResponse>(
    ((res.body.responses ?? []) as PartResponse[]).map((r) => [r.id, r]),
  );
  return { res, byId };
}

describe('$batch', () => {
  it('runs independent parts and answers each with its own status', async () => {
    const { res, byId } = await batch([
      putPart('1', '/article?1'),
      putPart('2', '/article?2'),
      { id: '3', method: 'GET', url: '/me/activities?$top=1' },
      {
        id: '4',
        method: 'PUT',
        url: '/me/activities/bad',
        headers: json,
        body: { appActivityId: 'bad' },
      },
    ]);
    expect(res.status).toBe(200);
    expect(byId.get('1')).toMatchObject({
      status: 201,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(byId.get('2')?.status).toBe(201);
    expect(byId.get('3')?.status).toBe(200);
    // A failed part does not fail the batch.
    expect(byId.get('4')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalidRequest' } },
    });
    const stored = (await fx.admin.dump()).users.alice?.activities.map((a) => a.appActivityId);
    expect(stored?.sort()).toEqual(['/article?1', '/article?2']);
  });

  it('does not promise request order in the responses', async () => {
    const { res } = await batch([putPart('1', 'a'), putPart('2', 'b'), putPart('3', 'c')]);
    const ids = (res.body.responses as PartResponse[]).map((r) => r.id);
    expect(ids.sort()).toEqual(['1', '2', '3']);
    expect((res.body.responses as PartResponse[]).map((r) => r.id)).not.toEqual(['1', '2', '3']);
  });

  it('dependsOn orders parts and a failed dependency yields 424 for its dependents', async () => {
    const { byId } = await batch([
      putPart('1', 'ok'),
      { id: '2', method: 'DELETE', url: '/me/activities/999', dependsOn: ['1'] },
      putPart('3', 'after-failure', { dependsOn: ['2'] }),
      putPart('4', 'transitive', { dependsOn: ['3'] }),
      putPart('5', 'after-ok', { dependsOn: ['1'] }),
    ]);
    expect(byId.get('1')?.status).toBe(201);
    expect(byId.get('2')?.status).toBe(404);
    expect(byId.get('3')).toMatchObject({
      status: 424,
      body: { error: { code: 'FailedDependency' } },
    });
    expect(byId.get('4')?.status).toBe(424);
    expect(byId.get('5')?.status).toBe(201);
    const log = await fx.admin.requestLog();
    const parts = log.filter((e) => e.batch);
    // The dependent part arrived after the part it depends on finished.
    const one = parts.find((e) => e.batch?.id === '1');
    const five = parts.find((e) => e.batch?.id === '5');
    expect(five && one && five.seq > one.seq).toBe(true);
    expect(parts.map((p) => p.status).sort()).toEqual([201, 201, 404, 424, 424]);
  });

  it('a part with a body but no Content-Type gets its own 400', async () => {
    const { res, byId } = await batch([
      { id: '1', method: 'PUT', url: '/me/activities/x', body: activityBody('x') },
      putPart('2', 'y'),
    ]);
    expect(res.status).toBe(200);
    expect(byId.get('1')).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
    expect(byId.get('2')?.status).toBe(201);
  });

  it('throttles each part on its own: parts beyond the write budget get 429 + Retry-After', async () => {
    await fx.admin.setBudget({ writes: { per5Min: 3, perDay: 100 } });
    const { res, byId } = await batch(
      Array.from({ length: 5 }, (_, i) => putPart(String(i + 1), `t${String(i)}`)),
    );
    expect(res.status).toBe(200);
    const statuses = [...byId.values()].map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const throttled = [...byId.values()].find((r) => r.status === 429);
    expect(Number(throttled?.headers['Retry-After'])).toBeGreaterThan(0);
  });

  it('refuses more than 20 parts, duplicate ids, unknown or cyclic dependencies as a whole', async () => {
    const cases: [string, unknown[]][] = [
      ['21 parts', Array.from({ length: 21 }, (_, i) => putPart(String(i), `x${String(i)}`))],
      ['no parts', []],
      ['duplicate ids', [putPart('1', 'a'), putPart('1', 'b')]],
      ['unknown dependency', [putPart('1', 'a', { dependsOn: ['9'] })]],
      ['cycle', [putPart('1', 'a', { dependsOn: ['2'] }), putPart('2', 'b', { dependsOn: ['1'] })]],
      ['bad method', [{ id: '1', method: 'TRACE', url: '/me/activities' }]],
      ['missing url', [{ id: '1', method: 'GET' }]],
    ];
    for (const [name, requests] of cases) {
      const { res } = await batch(requests);
      expect([name, res.status, res.body.error?.code]).toEqual([name, 400, 'BadRequest']);
    }
    expect((await fx.admin.dump()).users).toEqual({});
  });

  it('exactly 20 parts are accepted', async () => {
    const { byId } = await batch(
      Array.from({ length: 20 }, (_, i) => putPart(String(i), `x${String(i)}`)),
    );
    expect([...byId.values()].every((r) => r.status === 201)).toBe(true);
    expect(byId.size).toBe(20);
  });

  it('refuses nested batches and absolute part URLs per part', async () => {
    const { byId } = await batch([
      { id: '1', method: 'POST', url: '/$batch', headers: json, body: { requests: [] } },
      { id: '2', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me/activities' },
    ]);
    expect(byId.get('1')?.status).toBe(400);
    expect(byId.get('2')?.status).toBe(400);
  });

  it('needs a token for the batch itself', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, 'not-a-token');
    const res = await graph.post('/$batch', { requests: [putPart('1', 'a')] });
    expect(res.status).toBe(401);
    expect((await fx.admin.dump()).users).toEqual({});
  });
});
