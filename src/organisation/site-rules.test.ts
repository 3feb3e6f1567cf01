import { describe, expect, it } from 'vitest';
import { compileSiteRules, matchesSiteRules, parseSiteRules, type SiteRule } from './site-rules';

const rule = (baseUrls: string[], urlPattern: string, priority = 1): SiteRule => ({
  connectionId: 'contosointranet',
  priority,
  baseUrls,
  urlPattern,
});

const WIKI = compileSiteRules([rule(['http://intranet.contoso.test/wiki'], '/(?<slug>[a-z-]+)$')]);
const HR = compileSiteRules([
  rule(['https://contosohr.com'], '/article/(?<slug>[^/]+)'),
  rule(['https://contosohr.com/'], '^/page\\.aspx\\?id=(?<id>\\d+)', 0),
]);

describe('matchesSiteRules', () => {
  it.each([
    ['a page under the base URL', 'http://intranet.contoso.test/wiki/holidays', WIKI, true],
    [
      'query string after a matching path',
      'http://intranet.contoso.test/wiki/holidays?x=1',
      WIKI,
      true,
    ],
    ['fragment ignored', 'http://intranet.contoso.test/wiki/holidays#top', WIKI, true],
    ['host compared case-insensitively', 'http://INTRANET.contoso.test/wiki/holidays', WIKI, true],
    [
      'base path only at a segment boundary',
      'http://intranet.contoso.test/wikipedia/x',
      WIKI,
      false,
    ],
    ['path the pattern refuses', 'http://intranet.contoso.test/wiki/Holidays/2', WIKI, false],
    ['another scheme', 'https://intranet.contoso.test/wiki/holidays', WIKI, false],
    ['another host', 'http://news.example/wiki/holidays', WIKI, false],
    ['another port', 'http://intranet.contoso.test:8080/wiki/holidays', WIKI, false],
    ['the base URL itself', 'http://intranet.contoso.test/wiki', WIKI, false],
    ['not a URL', 'not a url', WIKI, false],
    ['named group in the path', 'https://contosohr.com/article/benefits', HR, true],
    ['pattern naming the query', 'https://contosohr.com/page.aspx?id=42', HR, true],
    ['query the pattern refuses', 'https://contosohr.com/page.aspx?id=abc', HR, false],
    ['no rules, nothing matches', 'https://contosohr.com/article/benefits', [], false],
  ])('%s', (_name, url, rules, expected) => {
    expect(matchesSiteRules(url, rules)).toBe(expected);
  });
});

describe('parseSiteRules', () => {
  it('keeps valid rules in priority order and skips broken entries', () => {
    const parsed = parseSiteRules({
      resolvers: [
        rule(['https://b.test'], '/b', 5),
        { connectionId: 'x', baseUrls: ['javascript:alert(1)'], urlPattern: '/a' },
        { connectionId: 'x', baseUrls: 'https://a.test', urlPattern: '/a' },
        null,
        rule(['https://a.test'], '/a', 1),
      ],
    });
    expect(parsed?.map((r) => r.baseUrls[0])).toEqual(['https://a.test', 'https://b.test']);
  });

  it.each([[null], ['text'], [{}], [{ resolvers: 'x' }]])('refuses %j', (body) => {
    expect(parseSiteRules(body)).toBeNull();
  });

  it('drops a rule whose pattern does not compile, keeps the others', () => {
    const compiled = compileSiteRules([
      rule(['https://a.test'], '(?<x'),
      rule(['https://b.test'], '/b'),
    ]);
    expect(compiled.map((c) => c.rule.baseUrls[0])).toEqual(['https://b.test']);
  });
});
