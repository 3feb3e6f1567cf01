import { describe, expect, it } from 'vitest';
import { CHANNEL, envelope } from './contract';
import { parseRequest } from './parse-request';

const metadata = {
  url: 'https://example.com/post',
  appActivityId: 'ignored',
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
    ['a negative limit', envelope('list-activities', { limit: -1 })],
    ['a huge id', envelope('delete-activity', { appActivityId: 'x'.repeat(10_000) })],
  ])('refuses %s', (_name, raw) => {
    expect(parseRequest(raw)).toBeNull();
  });

  it('accepts a page report and recomputes what it must not trust', () => {
    const parsed = parseRequest(envelope('page-loaded', { metadata, visible: true }));
    expect(parsed?.type).toBe('page-loaded');
    if (parsed?.type !== 'page-loaded') return;
    expect(parsed.payload.metadata.title).toBe('A post');
    expect(parsed.payload.metadata.appActivityId).not.toBe('ignored');
  });

  it('bounds a search query', () => {
    const parsed = parseRequest(
      envelope('list-activities', { query: 'q'.repeat(5000), limit: 20 }),
    );
    expect(parsed).toEqual({
      type: 'list-activities',
      payload: { query: 'q'.repeat(500), limit: 20 },
    });
  });
});
