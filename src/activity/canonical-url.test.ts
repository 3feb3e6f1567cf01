import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, chooseCanonicalUrl, roughlySameSite } from './canonical-url';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://Example.COM/Path?a=1#frag', 'https://example.com/Path?a=1'],
    ['http://example.com', 'http://example.com/'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['https://user:pw@example.com/a', 'https://example.com/a'],
    ['https://example.com/a?utm_source=x&utm_medium=y&id=7', 'https://example.com/a?id=7'],
    ['https://example.com/a?fbclid=1&gclid=2&mc_eid=3&MC_CID=4', 'https://example.com/a'],
    ['https://example.com/a?b=2&a=1&_ga=x', 'https://example.com/a?b=2&a=1'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['https://example.com/a#', 'https://example.com/a'],
    ['https://example.com/a?#top', 'https://example.com/a'],
    ['https://:pw@example.com/a', 'https://example.com/a'],
    ['https://ann@example.com/a', 'https://example.com/a'],
    ['https://example.com/a;jsessionid=ABC123/b', 'https://example.com/a/b'],
    ['https://bücher.de/ä', 'https://xn--bcher-kva.de/%C3%A4'],
    ['  https://example.com/spaces  ', 'https://example.com/spaces'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'chrome://settings',
    '',
    '   ',
    'not a url',
    '//',
    'http://',
    'https://example.com/' + 'a'.repeat(5000),
  ])('rejects %s', (raw) => {
    expect(canonicalizeUrl(raw)).toBeNull();
  });

  it('resolves relative URLs against the base', () => {
    expect(canonicalizeUrl('../b?x=1', 'https://example.com/a/c/page.html')).toBe(
      'https://example.com/a/b?x=1',
    );
    // The base's fragment and credentials never carry over.
    expect(canonicalizeUrl('b', 'https://u:p@example.com/a/page#frag')).toBe(
      'https://example.com/a/b',
    );
    expect(canonicalizeUrl('//cdn.example.com/i.png', 'https://example.com/')).toBe(
      'https://cdn.example.com/i.png',
    );
  });
});

describe('roughlySameSite', () => {
  it.each([
    ['https://www.example.com/a', 'https://example.com/b', true],
    ['https://m.example.co.uk/a', 'https://www.example.co.uk/b', true],
    ['https://a.co.uk/', 'https://b.co.uk/', false],
    ['https://example.com/', 'https://example.org/', false],
    ['https://evil.com/', 'not a url', false],
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(roughlySameSite(a, b)).toBe(expected);
  });
});

describe('chooseCanonicalUrl', () => {
  const page = 'https://www.example.com/news/story?utm_source=tw#comments';

  it.each<[string, (string | null | undefined)[], string | null]>([
    ['no candidates', [], 'https://www.example.com/news/story'],
    ['same-site canonical', ['/news/story-slug'], 'https://www.example.com/news/story-slug'],
    [
      'cross-site canonical is ignored',
      ['https://evil.com/x'],
      'https://www.example.com/news/story',
    ],
    [
      'javascript: candidate is ignored',
      ['javascript:alert(1)', undefined],
      'https://www.example.com/news/story',
    ],
    [
      'home page canonical from a deep page',
      ['https://www.example.com/'],
      'https://www.example.com/news/story',
    ],
    [
      'template placeholder',
      ['https://www.example.com/{{url}}'],
      'https://www.example.com/news/story',
    ],
    [
      'falls through to the next candidate',
      ['https://other.org/', 'https://example.com/s'],
      'https://example.com/s',
    ],
    [
      'never downgrades to http',
      ['http://www.example.com/news/story'],
      'https://www.example.com/news/story',
    ],
    ['null and undefined skipped', [null, undefined], 'https://www.example.com/news/story'],
  ])('%s', (_name, candidates, expected) => {
    expect(chooseCanonicalUrl(page, ...candidates)).toBe(expected);
  });

  it('returns null for a non-http page', () => {
    expect(chooseCanonicalUrl('file:///tmp/a.html', 'https://example.com/')).toBeNull();
  });
});
