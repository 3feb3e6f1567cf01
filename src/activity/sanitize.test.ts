import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from './activity-id';
import type { PageMetadata } from './page-metadata';
import { sanitizePageMetadata } from './sanitize';

const good: PageMetadata = {
  url: 'https://example.com/story',
  appActivityId: appActivityIdFor('https://example.com/story'),
  title: 'A story',
  type: 'NewsArticle',
  authors: [{ name: 'Jane Doe', url: 'https://example.com/jane', kind: 'Person' }],
  description: 'What happened.',
  siteName: 'Example',
  publisher: {
    name: 'Example Inc',
    url: 'https://example.com/',
    logo: 'https://example.com/l.png',
  },
  datePublished: '2024-01-02T03:04:05+01:00',
  dateModified: '2024-01-03',
  lang: 'en-GB',
  image: 'https://example.com/i.jpg',
  keywords: ['news'],
  wordCount: 1200,
  readingMinutes: 5,
  faviconUrl: 'https://example.com/favicon.ico',
  themeColor: '#aabbcc',
};

describe('sanitizePageMetadata', () => {
  it('keeps a well-formed record unchanged', () => {
    expect(sanitizePageMetadata(good)).toEqual(good);
  });

  it.each([null, undefined, 42, 'string', [], [good], true, () => good])(
    'rejects non-objects: %j',
    (value) => {
      expect(sanitizePageMetadata(value)).toBeNull();
    },
  );

  it.each([
    ['no url', { ...good, url: undefined }],
    ['javascript url', { ...good, url: 'javascript:alert(1)' }],
    ['data url', { ...good, url: 'data:text/html,hi' }],
    ['numeric url', { ...good, url: 5 }],
    ['empty title', { ...good, title: '   ' }],
    ['object title', { ...good, title: { toString: (): string => 'x' } }],
  ])('rejects %s', (_name, value) => {
    expect(sanitizePageMetadata(value)).toBeNull();
  });

  it('recomputes appActivityId instead of trusting it', () => {
    const result = sanitizePageMetadata({ ...good, appActivityId: 'someone-elses-id' });
    expect(result?.appActivityId).toBe(appActivityIdFor(good.url));
  });

  it('drops bad optional fields and bounds everything', () => {
    const result = sanitizePageMetadata({
      ...good,
      title: 'T'.repeat(100_000),
      description: 7,
      image: 'javascript:alert(1)',
      faviconUrl: 'data:image/png;base64,AAAA',
      themeColor: 'red; background: url(x)',
      lang: '<script>',
      type: 'Article<script>',
      datePublished: 'yesterday',
      dateModified: '2024-13-45',
      wordCount: -5,
      readingMinutes: 1.5,
      publisher: { name: 42 },
      authors: [...Array.from({ length: 50 }, (_, i) => ({ name: `A${i}`, kind: 'Person' }))],
      keywords: Array.from({ length: 100 }, (_, i) => `k${i}`),
      extra: 'ignored',
    });
    expect(result).not.toBeNull();
    expect(result?.title.length).toBeLessThanOrEqual(300);
    expect(result).not.toHaveProperty('description');
    expect(result).not.toHaveProperty('image');
    expect(result).not.toHaveProperty('faviconUrl');
    expect(result).not.toHaveProperty('themeColor');
    expect(result).not.toHaveProperty('lang');
    expect(result).not.toHaveProperty('datePublished');
    expect(result).not.toHaveProperty('dateModified');
    expect(result).not.toHaveProperty('wordCount');
    expect(result).not.toHaveProperty('readingMinutes');
    expect(result).not.toHaveProperty('publisher');
    expect(result).not.toHaveProperty('extra');
    expect(result?.type).toBe('WebPage');
    expect(result?.authors).toHaveLength(10);
    expect(result?.keywords).toHaveLength(20);
  });

  it.each([
    ['author without name', [{ url: 'https://e.com' }], []],
    [
      'author with javascript url',
      [{ name: 'X', url: 'javascript:1', kind: 'Person' }],
      [{ name: 'X', kind: 'Person' }],
    ],
    [
      'unknown kind becomes Person',
      [{ name: 'X', kind: 'Robot' }],
      [{ name: 'X', kind: 'Person' }],
    ],
    ['not an array', 'Jane', []],
    ['nested garbage', [null, 3, ['x'], { name: { a: 1 } }], []],
  ])('authors: %s', (_name, authors, expected) => {
    expect(sanitizePageMetadata({ ...good, authors })?.authors).toEqual(expected);
  });

  it('strips control characters and lone surrogates from text', () => {
    const result = sanitizePageMetadata({ ...good, title: 'a\u0000b\u202Ec\uD800d' });
    expect(result?.title).toBe('abc\uFFFDd');
  });

  it('accepts prototype-less objects and bounds huge arrays', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    Object.assign(hostile, { ...good, keywords: new Array(1e6).fill('k') });
    expect(sanitizePageMetadata(hostile)?.keywords).toHaveLength(20);
  });
});
