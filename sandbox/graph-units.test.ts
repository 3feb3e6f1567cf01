// Unit tests of the Graph server's parsers (DateTimeOffset, $filter/$expand/$top) and a volley of
// malformed requests that must each get a 4xx without hurting the server.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseDateTimeOffset, secondsBetween } from './graph/datetime';
import { GraphError } from './graph/errors';
import { parseFilter, parseListQuery } from './graph/query';
import { useSandbox } from './test-support/fixture';
import { activityBody, graphClient } from './test-support/graph-client';

describe('DateTimeOffset', () => {
  it.each([
    ['2015-02-11T20:54:04.3457274+00:00', '2015-02-11T20:54:04.3457274Z'],
    ['2015-02-11T20:54:04.3457274-02:30', '2015-02-11T23:24:04.3457274Z'],
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00Z'],
    ['2024-05-01T10:00:00.120Z', '2024-05-01T10:00:00.12Z'],
    ['2024-05-01T10:00Z', '2024-05-01T10:00:00Z'],
    ['2024-05-01T10:00:00.123456789Z', '2024-05-01T10:00:00.1234567Z'],
    ['2024-02-29T23:59:59+14:00', '2024-02-29T09:59:59Z'],
  ])('%s -> %s', (input, output) => {
    const parsed = parseDateTimeOffset(input);
    expect(parsed && formatInstant(parsed)).toBe(output);
  });

  it.each([
    '2024-02-30T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-05-01T24:00:00Z',
    '2024-05-01T10:00:00',
    '2024-05-01 10:00:00Z',
    '2024-05-01T10:00:00+15:00',
    'yesterday',
    '',
  ])('refuses %j', (input) => {
    expect(parseDateTimeOffset(input)).toBeUndefined();
  });

  it('computes whole seconds between two instants with 100 ns precision', () => {
    const a = parseDateTimeOffset('2018-02-26T20:54:04.3457274Z');
    const b = parseDateTimeOffset('2018-02-26T20:54:24.3457273Z');
    expect(a && b && secondsBetween(a, b)).toBe(19);
  });
});

describe('query options', () => {
  it('parses lastModifiedDateTime comparisons joined by and', () => {
    expect(
      parseFilter(
        "lastModifiedDateTime ge 2024-01-01T00:00:00Z and lastModifiedDateTime lt '2024-02-01T00:00:00Z'",
      ).map((c) => c.op),
    ).toEqual(['ge', 'lt']);
    expect(() => parseFilter('status eq 1')).toThrow(GraphError);
  });

  it('carries $expand and $filter inside the skiptoken, and $top as what remains', () => {
    const first = parseListQuery(
      new URLSearchParams(
        '$top=5&$expand=historyItems&$filter=lastModifiedDateTime gt 2024-01-01T00:00:00Z',
      ),
      'list',
    );
    expect(first.query).toMatchObject({ remaining: 5, expandHistory: true });
    expect(first.query.filter).toHaveLength(1);
  });
});

describe('malformed requests never hurt the server', () => {
  const fx = useSandbox();

  it('answers each with a 4xx and keeps serving', async () => {
    const graph = graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
    const calls: [string, Parameters<typeof graph.call>[1]][] = [
      ['/me/activities/%', { method: 'PUT', body: {} }],
      ['/me/activities/%00', { method: 'PUT', body: { appActivityId: '\u0000' } }],
      [
        '/me/activities/x',
        { method: 'PUT', rawBody: 'null', headers: { 'Content-Type': 'application/json' } },
      ],
      [
        '/me/activities/x',
        { method: 'PUT', rawBody: '"x"', headers: { 'Content-Type': 'application/json' } },
      ],
      [
        '/me/activities/x',
        {
          method: 'PUT',
          rawBody: '{"__proto__":{"a":1}}',
          headers: { 'Content-Type': 'application/json' },
        },
      ],
      [
        '/me/activities/x',
        {
          method: 'PUT',
          rawBody: new Uint8Array([0xff, 0xfe, 0x00]),
          headers: { 'Content-Type': 'application/json' },
        },
      ],
      ['/me/activities/x', { method: 'PUT', body: { ...activityBody('x'), visualElements: null } }],
      ['/me/activities/x', { method: 'PUT', body: { ...activityBody('x'), historyItems: [null] } }],
      [
        '/me/activities/x',
        { method: 'PUT', body: { ...activityBody('x'), activitySourceHost: 'https://' } },
      ],
      ['/me/activities//', { method: 'GET' }],
      ['/me/activities?$top=99999999999', { method: 'GET' }],
      ['/me/activities?$filter=lastModifiedDateTime%20gt%20', { method: 'GET' }],
      ['/me/activities?$expand=historyItems($filter=)', { method: 'GET' }],
      ['/me/activities?$skiptoken=eyJ2IjoxfQ', { method: 'GET' }],
      ['/$batch', { method: 'POST', body: { requests: 'x' } }],
      [
        '/$batch',
        {
          method: 'POST',
          body: { requests: [{ id: '1', method: 'GET', url: '/me/activities', headers: 'x' }] },
        },
      ],
      ['/$batch', { method: 'GET' }],
      ['/me/activities/1/historyItems', { method: 'PUT', body: {} }],
      ['/me/activities/1/historyItems/2/x', { method: 'PUT', body: {} }],
      ['/me/activities/1/other/2', { method: 'PUT', body: {} }],
    ];
    for (const [path, options] of calls) {
      const res = await graph.call(path, options);
      expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true]);
      expect(res.body.error?.code).toEqual(expect.any(String));
    }
    // Garbage at the HTTP level.
    const port = Number(new URL(fx.sb.graphBaseUrl).port);
    await new Promise<void>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end('NOT HTTP AT ALL\r\n\r\n');
      });
      socket.on('close', () => {
        done();
      });
      socket.on('error', () => {
        done();
      });
      socket.resume();
    });
    expect((await fx.admin.dump()).users).toEqual({});
    expect((await graph.putActivity('x', activityBody('x'))).status).toBe(201);
  });
});
