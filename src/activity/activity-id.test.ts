import { describe, expect, it } from 'vitest';
import { ACTIVITY_ID_LENGTH, appActivityIdFor, fnv1a64, isCurrentActivityId } from './activity-id';

/** RFC 3986 §2.3 unreserved characters. */
const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
    ['The quick brown fox jumps over the lazy dog', 'f3f9b7f5e7e47110'],
    // Multi-byte UTF-8 and a body-sized input: the value the BigInt form gave (stored hashes).
    ['Café ✓ 😀 — ' + 'x'.repeat(1000), '3a742a4da02ec5a3'],
  ])('FNV-1a 64 of %#', (input, expected) => {
    expect(fnv1a64(input)).toBe(expected);
  });
});

describe('appActivityIdFor', () => {
  it.each([
    // SHA-256 test vectors (FIPS 180-2 / RFC 6234), in base64url.
    ['', '47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU'],
    ['abc', 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0'],
  ])('is the base64url SHA-256 of %j', (input, expected) => {
    expect(appActivityIdFor(input)).toBe(expected);
  });

  it.each([
    'https://example.com/a',
    'http://127.0.0.1:40675/page.html?topic=Mercury_(planet)&q=a%2Fb&lang=en',
    'https://de.wikipedia.org/wiki/Stra%C3%9Fe#x',
    'https://e.com/' + 'y'.repeat(5000),
    '😀'.repeat(300),
  ])('is 43 unreserved characters for %s', (url) => {
    const id = appActivityIdFor(url);
    expect(id).toHaveLength(ACTIVITY_ID_LENGTH);
    expect(id).toMatch(UNRESERVED);
    expect(encodeURIComponent(id)).toBe(id);
    expect(isCurrentActivityId(id)).toBe(true);
  });

  it('is stable and tells URLs apart that differ in one character', () => {
    const base = 'https://example.com/' + 'x'.repeat(400);
    expect(appActivityIdFor(base + '?page=1')).toBe(appActivityIdFor(base + '?page=1'));
    expect(appActivityIdFor(base + '?page=1')).not.toBe(appActivityIdFor(base + '?page=2'));
  });

  it('handles a 1 MB input quickly', () => {
    const started = performance.now();
    expect(appActivityIdFor('https://e.com/' + 'y'.repeat(1_000_000))).toHaveLength(43);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('isCurrentActivityId', () => {
  it.each([
    ['https://example.com/a', false],
    ['https://example.com/' + 'x'.repeat(181) + '#h=0123456789abcdef', false],
    ['a'.repeat(42), false],
    ['a'.repeat(43), true],
  ])('%s → %s', (id, expected) => {
    expect(isCurrentActivityId(id)).toBe(expected);
  });
});
