import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import { CHANNEL, envelope } from './contract';
import { parseRequest } from './parse-request';

const metadata = {
  url: 'https://example.com/post',
  title: 'A post',
  type: 'Article',
  authors: [],
  keywords: [],
};

describe('message contract', () => {
  it.each([
    ['null', null],
    ['a string', 'page-loaded'],
    ['an array', [CHANNEL, 'page-loaded']],
    ['another channel', { channel: 'other', type: 'get-status', payload: {} }],
    ['an unknown type', { channel: CHANNEL, type: 'drop-database', payload: {} }],
    ['a prototype key as type', { channel: CHANNEL, type: 'constructor', payload: {} }],
    ['no payload', { channel: CHANNEL, type: 'get-status' }],
    ['a wrong field type', envelope('set-paused', { paused: 'yes' as unknown as boolean })],
    [
      'metadata without a title',
      envelope('page-loaded', {
        metadata: { ...metadata, title: 7 as unknown as string },
        visible: true,
      }),
    ],
    [
      'metadata with a javascript: url',
      envelope('page-loaded', {
        metadata: { ...metadata, url: 'javascript:alert(1)' },
        visible: true,
      }),
    ],
    ['a negative limit', envelope('list-pages', { limit: -1 })],
    [
      'a list that says "no" as text',
      { channel: CHANNEL, type: 'list-pages', payload: { collectEvidence: 'no' } },
    ],
    [
      'a day list that says "yes" as text',
      { channel: CHANNEL, type: 'list-engagements', payload: { collectEvidence: 'yes' } },
    ],
    [
      'a signal with a focus that is not a boolean',
      {
        channel: CHANNEL,
        type: 'page-signal',
        payload: { visible: true, mediaPlaying: false, focused: 'yes' },
      },
    ],
    [
      'a signal at a time that is not one',
      {
        channel: CHANNEL,
        type: 'page-signal',
        payload: { visible: true, mediaPlaying: false, at: 'now' },
      },
    ],
    [
      'a page report measured at a time that is not one',
      envelope('page-loaded', {
        metadata,
        visible: true,
        attendedMs: 4_000,
        at: 'now' as unknown as number,
      }),
    ],
    [
      'a signal at an infinite time',
      {
        channel: CHANNEL,
        type: 'page-signal',
        payload: { visible: true, mediaPlaying: false, at: Infinity },
      },
    ],
    [
      'a frame signal resumed at a time that is not one',
      {
        channel: CHANNEL,
        type: 'frame-signal',
        payload: { mediaPlaying: true, presentUntil: 1, resumedAt: 'soon' },
      },
    ],
    ...(
      [
        ['without a url', { position: { progress: 10 } }],
        ['with a huge url', { url: 'x'.repeat(10_000), position: { progress: 10 } }],
        ['without progress', { url: metadata.url, position: {} }],
        ['with progress as text', { url: metadata.url, position: { progress: '50' } }],
        ['with infinite progress', { url: metadata.url, position: { progress: Infinity } }],
        [
          'with a quote that is a number',
          { url: metadata.url, position: { progress: 5, quote: 7 } },
        ],
        [
          'with an empty quote',
          { url: metadata.url, position: { progress: 5, quote: { textStart: '' } } },
        ],
        [
          'with a huge quote',
          { url: metadata.url, position: { progress: 5, quote: { textStart: 'w '.repeat(5000) } } },
        ],
      ] as const
    ).map(([name, payload]): [string, unknown] => [
      `a reading position ${name}`,
      { channel: CHANNEL, type: 'page-position', payload },
    ]),
    ['a huge id', envelope('open-page', { appActivityId: 'x'.repeat(10_000), resume: false })],
    [
      'opening a page without saying whether to resume',
      { channel: CHANNEL, type: 'open-page', payload: { appActivityId: 'a' } },
    ],
    [
      'opening a page with "resume" a string',
      { channel: CHANNEL, type: 'open-page', payload: { appActivityId: 'a', resume: 'yes' } },
    ],
    ['a parked key of no known kind', envelope('dont-publish', { key: 'kv:counters' })],
    ['an empty parked key', envelope('retry-parked', { key: 'activity:' })],
    ['"Don\'t publish" without a key', { channel: CHANNEL, type: 'dont-publish', payload: {} }],
    [
      'a count of engagements with no end',
      { channel: CHANNEL, type: 'count-engagements', payload: { from: 5 } },
    ],
    [
      'a count of engagements from a time that is not one',
      { channel: CHANNEL, type: 'count-engagements', payload: { from: 'then', before: 9 } },
    ],
    [
      'a count of a site that is no text',
      { channel: CHANNEL, type: 'count-engagements', payload: { before: 9, site: 7 } },
    ],
    ['a count of an empty site', envelope('count-engagements', { before: 9, site: '' })],
    [
      'a count of a site longer than a query',
      envelope('count-engagements', { before: 9, site: 's'.repeat(501) }),
    ],
  ])('refuses %s', (_name, raw) => {
    expect(parseRequest(raw)).toBeNull();
  });

  // The page never names the id (PageCapture): the worker derives it from the checked url, and
  // one a page slips in anyway is not believed.
  it.each([
    ['without an id, as the content script sends it', metadata],
    ['claiming an id of its own', { ...metadata, appActivityId: 'someone-elses-id' }],
  ])('accepts a page report %s, its id derived from its url', (_name, sent) => {
    const parsed = parseRequest(envelope('page-loaded', { metadata: sent, visible: true }));
    expect(parsed?.type).toBe('page-loaded');
    if (parsed?.type !== 'page-loaded') return;
    expect(parsed.payload.metadata.title).toBe('A post');
    expect(parsed.payload.metadata.appActivityId).toBe(appActivityIdFor(metadata.url));
    expect(parsed.payload.metadata.appActivityId).toHaveLength(43);
  });

  it('keeps when a page report measured the time read (the worker bounds it)', () => {
    const parsed = parseRequest(
      envelope('page-loaded', {
        metadata,
        visible: true,
        attendedMs: 4_000,
        at: 1_700_000_000_000,
      }),
    );
    expect(parsed).toMatchObject({ payload: { attendedMs: 4_000, at: 1_700_000_000_000 } });
    // Hidden while it was read: how long ago that reading ended, whole and never negative.
    const left = (leftMs: number | string) =>
      parseRequest(
        envelope('page-loaded', {
          metadata,
          visible: false,
          attendedMs: 6_000,
          leftMs: leftMs as number,
        }),
      );
    expect(left(1_200.4)).toMatchObject({ payload: { attendedMs: 6_000, leftMs: 1_200 } });
    expect(left(-5)).toMatchObject({ payload: { leftMs: 0 } });
    expect(left('soon')).toBeNull();
    expect(left(Infinity)).toBeNull();
    // Sent as it was left, its read under way: a boolean, nothing else.
    const partial = (value: unknown) =>
      parseRequest(
        envelope('page-loaded', { metadata, visible: false, partial: value as boolean }),
      );
    expect(partial(true)).toMatchObject({ payload: { partial: true } });
    expect(partial('yes')).toBeNull();
  });

  it('takes page times in whole milliseconds: a paint or event timestamp fraction never enters the tracker', () => {
    // A first contentful paint lands between milliseconds; an engagement counted from it must
    // still export as the whole milliseconds the history file requires (review: an export that
    // its own import refused, activeDurationMs 6997.5).
    const loaded = parseRequest(
      envelope('page-loaded', {
        metadata,
        visible: true,
        attendedMs: 6_997.5,
        at: 1_700_000_000_000.4,
      }),
    );
    expect(loaded).toMatchObject({ payload: { attendedMs: 6_998, at: 1_700_000_000_000 } });
    const signal = parseRequest(
      envelope('page-signal', { visible: true, mediaPlaying: false, at: 1_700_000_000_000.6 }),
    );
    expect(signal).toMatchObject({ payload: { at: 1_700_000_000_001 } });
    const page = { visible: true, mediaPlaying: false };
    expect(parseRequest(envelope('page-signal', { ...page, routeLeft: true }))).toMatchObject({
      payload: { routeLeft: true },
    });
    const yes = 'yes' as unknown as boolean;
    expect(parseRequest(envelope('page-signal', { ...page, routeLeft: yes }))).toBeNull();
    const frame = parseRequest(
      envelope('frame-signal', { mediaPlaying: true, presentUntil: 10.2, resumedAt: 20.7 }),
    );
    expect(frame).toMatchObject({ payload: { presentUntil: 10, resumedAt: 21 } });
  });

  it('accepts media seen by the reader in each report, and nothing but a boolean', () => {
    const yes = 'yes' as unknown as boolean;
    const seen = { mediaPlaying: true, mediaSeen: true };
    expect(parseRequest(envelope('page-signal', { visible: true, ...seen }))).toMatchObject({
      payload: seen,
    });
    expect(parseRequest(envelope('frame-signal', seen))).toMatchObject({ payload: seen });
    expect(
      parseRequest(envelope('page-loaded', { metadata, visible: true, ...seen })),
    ).toMatchObject({ payload: seen });
    const wrong = { mediaPlaying: true, mediaSeen: yes };
    expect(parseRequest(envelope('page-signal', { visible: true, ...wrong }))).toBeNull();
    expect(parseRequest(envelope('frame-signal', wrong))).toBeNull();
    expect(parseRequest(envelope('page-loaded', { metadata, visible: true, ...wrong }))).toBeNull();
  });

  it('accepts a reading position, progress clamped to 0–100', () => {
    const position = { progress: 140, quote: { textStart: 'The river rose', prefix: 'Floods' } };
    expect(parseRequest(envelope('page-position', { url: metadata.url, position }))).toEqual({
      type: 'page-position',
      payload: { url: metadata.url, position: { ...position, progress: 100 } },
    });
  });

  it('bounds a search query', () => {
    const parsed = parseRequest(envelope('list-pages', { query: 'q'.repeat(5000), limit: 20 }));
    expect(parsed).toEqual({
      type: 'list-pages',
      payload: { query: 'q'.repeat(500), limit: 20 },
    });
  });

  it.each([
    [
      { limit: 12, collectEvidence: false },
      { limit: 12, collectEvidence: false },
    ],
    [{ query: 'tea' }, { query: 'tea' }],
  ])('accepts a list of pages %j', (payload, expected) => {
    expect(parseRequest(envelope('list-pages', payload))?.payload).toEqual(expected);
  });

  it.each([{ before: 9 }, { from: 5, before: 9 }, { from: 5, before: 9, site: 'news.test' }])(
    'accepts a count of engagements %j',
    (payload) => {
      expect(parseRequest(envelope('count-engagements', payload))?.payload).toEqual(payload);
    },
  );

  it('accepts a day list that does not wait for the page being read', () => {
    const payload = { limit: 40, site: 'tea.test', collectEvidence: false };
    expect(parseRequest(envelope('list-engagements', payload))?.payload).toEqual(payload);
  });

  it.each([
    [{}, {}],
    [{ key: 'activity:abc' }, { key: 'activity:abc' }],
    [{ key: 'item:g1' }, { key: 'item:g1' }],
  ])('accepts "Retry" of %j', (payload, expected) => {
    expect(parseRequest(envelope('retry-parked', payload))?.payload).toEqual(expected);
  });
});
