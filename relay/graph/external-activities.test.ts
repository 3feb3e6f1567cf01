import { describe, expect, it } from 'vitest';
import type { QueuedActivity } from '../queue/activity-queue';
import {
  addActivitiesBody,
  classifyAddActivities,
  type AddActivitiesResponse,
} from './external-activities';

const entry = (id: number, userId: string, start: string): QueuedActivity => ({
  id,
  connectionId: 'wiki',
  itemId: 'page-1',
  userId,
  type: 'viewed',
  startDateTime: start,
  attempts: 1,
});
const batch = [
  entry(1, 'u-1', '2026-11-29T08:00:00.000Z'),
  entry(2, 'u-2', '2026-11-29T08:01:00.000Z'),
  entry(3, 'u-3', '2026-11-29T08:02:00.000Z'),
];
const result = (e: QueuedActivity, error: { code: string; message: string } | null) => ({
  '@odata.type': '#microsoft.graph.externalConnectors.externalActivityResult',
  type: e.type,
  // Graph may echo the instant in another spelling; it is matched as an instant.
  startDateTime: e.startDateTime.replace('.000Z', 'Z'),
  performedBy: { type: 'user', id: e.userId.toUpperCase() },
  error,
});
const http = (status: number, body: unknown, retryAfterMs?: number): AddActivitiesResponse => ({
  kind: 'http',
  status,
  body,
  retryAfterMs,
});
const [a, b, c] = batch as [QueuedActivity, QueuedActivity, QueuedActivity];

describe('addActivitiesBody', () => {
  it('sends externalActivity objects performed by the queued user', () => {
    expect(addActivitiesBody([a]).activities).toEqual([
      {
        '@odata.type': '#microsoft.graph.externalConnectors.externalActivity',
        type: 'viewed',
        startDateTime: '2026-11-29T08:00:00.000Z',
        performedBy: { type: 'user', id: 'u-1' },
      },
    ]);
  });
});

describe('classifyAddActivities', () => {
  it('200: every activity delivered, even with an empty body', () => {
    expect(classifyAddActivities(batch, http(200, null))).toMatchObject({
      delivered: [1, 2, 3],
      retry: { ids: [] },
      failed: [],
    });
  });

  it('207: delivers successes, retries retryable errors, records permanent ones', () => {
    const body = {
      value: [
        // Out of order on purpose: results are matched by content, not position.
        result(c, { code: 'serviceNotAvailable', message: 'try later' }),
        result(a, null),
        result(b, { code: 'invalidRequest', message: 'startDateTime is in the future' }),
      ],
    };
    expect(classifyAddActivities(batch, http(207, body))).toEqual({
      delivered: [1],
      retry: { ids: [3], reason: 'serviceNotAvailable' },
      failed: [{ id: 2, code: 'invalidRequest', message: 'startDateTime is in the future' }],
    });
  });

  it('207: a success is never retried, whatever else fails', () => {
    const body = {
      value: [
        result(a, null),
        result(b, null),
        result(c, { code: 'generalException', message: '' }),
      ],
    };
    const verdict = classifyAddActivities(batch, http(207, body));
    expect(verdict.retry.ids).toEqual([3]);
    expect(verdict.delivered).toEqual([1, 2]);
  });

  it('207: an activity the body does not mention is retried, not assumed recorded', () => {
    const verdict = classifyAddActivities(batch, http(207, { value: [result(a, null)] }));
    expect(verdict.delivered).toEqual([1]);
    expect(verdict.retry).toEqual({ ids: [2, 3], reason: 'noResult' });
  });

  it('207: results without echoed fields are matched by position', () => {
    const body = { value: [{ error: null }, { error: { code: 'itemNotFound' } }, { error: null }] };
    expect(classifyAddActivities(batch, http(207, body))).toMatchObject({
      delivered: [1, 3],
      failed: [{ id: 2, code: 'itemNotFound' }],
    });
  });

  it.each([
    [429, 'throttledRequest', 30_000],
    [503, 'serviceNotAvailable', 5_000],
  ])('%i: retries all after Retry-After and pauses the connection', (status, code, ms) => {
    const verdict = classifyAddActivities(batch, http(status, { error: { code } }, ms));
    expect(verdict).toMatchObject({
      delivered: [],
      retry: { ids: [1, 2, 3], reason: code, retryAfterMs: ms },
      pauseConnectionMs: ms,
    });
  });

  it('404: the item is not indexed: recorded as failed, not retried', () => {
    const verdict = classifyAddActivities(
      batch,
      http(404, { error: { code: 'itemNotFound', message: 'no item page-1' } }),
    );
    expect(verdict.retry.ids).toEqual([]);
    expect(verdict.failed.map((f) => [f.id, f.code])).toEqual([
      [1, 'itemNotFound'],
      [2, 'itemNotFound'],
      [3, 'itemNotFound'],
    ]);
  });

  it('400: permanent', () => {
    expect(
      classifyAddActivities([a], http(400, { error: { code: 'invalidRequest' } })),
    ).toMatchObject({
      failed: [{ id: 1, code: 'invalidRequest' }],
    });
  });

  it('401: retried with a new token', () => {
    expect(classifyAddActivities([a], http(401, {}))).toMatchObject({
      retry: { ids: [1] },
      renewToken: true,
    });
  });

  it('network failure: retried (the outcome is unknown)', () => {
    expect(classifyAddActivities([a], { kind: 'network', message: 'ECONNRESET' })).toMatchObject({
      retry: { ids: [1], reason: 'network' },
    });
  });
});
