import { describe, expect, it } from 'vitest';
import { isExcludedUrl, normalizeSitePattern } from './excluded-sites';

describe('excluded sites', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['*.example.com', 'example.com'],
    ['https://mail.example.com/inbox?x=1', 'mail.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1:8080', '127.0.0.1'],
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
});
