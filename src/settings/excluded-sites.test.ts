import { describe, expect, it } from 'vitest';
import { isExcludedUrl, normalizeSitePattern, siteOf } from './excluded-sites';

describe('excluded sites', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['*.example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://mail.example.com/inbox?x=1', 'mail.example.com'],
    ['news.bbc.co.uk', 'news.bbc.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['alice.github.io', 'alice.github.io'],
    ['localhost', 'localhost'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['wiki.corp', 'wiki.corp'],
    ['http://localhost:3000/x', 'localhost'],
    // A single label is an intranet host (http://wiki/), kept: a saved one is never dropped.
    ['https://intranet/', 'intranet'],
    // Public suffixes would cover every unrelated site under them.
    ['co.uk', null],
    ['*.co.uk', null],
    ['github.io', null],
    ['com', null],
    ['', null],
    ['not a host!', null],
    ['javascript:alert(1)', null],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeSitePattern(raw)).toBe(expected);
  });

  it.each([
    ['https://example.com/a', true],
    ['http://news.example.com/b', true],
    ['https://example.com.evil.test/', false],
    ['https://notexample.com/', false],
    ['https://other.test/', false],
    ['garbage', false],
  ])('matches %s: %s', (url, excluded) => {
    expect(isExcludedUrl(url, ['example.com'])).toBe(excluded);
  });

  it.each([
    ['https://a.b.example.co.uk/x', 'example.co.uk'],
    ['https://news.example.com/', 'example.com'],
    ['https://alice.github.io/post', 'alice.github.io'],
    ['https://bob.github.io/post', 'bob.github.io'],
    ['http://127.0.0.1:8123/tides.html', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['example.org', 'example.org'],
    ['', null],
  ])('the site of %s is %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
