import { describe, expect, it } from 'vitest';
import { compileResolvers, resolveItem, ResolverError, type ItemIdResolver } from './resolver';

const resolver = (
  priority: number,
  baseUrls: string[],
  urlPattern: string,
  itemId: string,
): ItemIdResolver => ({
  '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver',
  priority,
  itemId,
  urlMatchInfo: { baseUrls, urlPattern },
});

const wiki = compileResolvers('contosowiki', [
  // Declared out of order on purpose: priority, not position, decides.
  resolver(2, ['https://wiki.contoso.com'], '/pages/(?<slug>[^/]+)', 'page-{slug}'),
  resolver(1, ['https://wiki.contoso.com'], '/pages/(?<space>[a-z]+)/(?<id>\\d+)', '{space}-{id}'),
  resolver(3, ['https://intranet.contoso.com/kb/'], '^/article\\.aspx\\?id=(?<id>\\d+)', 'kb{id}'),
  resolver(
    4,
    ['https://docs.contoso.com/handbook', 'https://handbook.contoso.com'],
    '/(?<chapter>[\\w-]+)',
    'handbook-{chapter}',
  ),
]);

describe('resolveItem', () => {
  it.each([
    ['priority 1 wins over a broader priority 2', 'https://wiki.contoso.com/pages/hr/42', 'hr-42'],
    ['falls through to priority 2', 'https://wiki.contoso.com/pages/holidays', 'page-holidays'],
    ['named groups fill the template', 'https://intranet.contoso.com/kb/article.aspx?id=7', 'kb7'],
    ['query string ignored by a path pattern', 'https://wiki.contoso.com/pages/a?utm=x', 'page-a'],
    ['fragment ignored', 'https://wiki.contoso.com/pages/holidays#top', 'page-holidays'],
    ['host is case-insensitive', 'https://WIKI.Contoso.com/pages/holidays', 'page-holidays'],
    ['second base URL', 'https://handbook.contoso.com/onboarding', 'handbook-onboarding'],
    ['base URL with a path', 'https://docs.contoso.com/handbook/leave', 'handbook-leave'],
  ])('%s', (_name, url, itemId) => {
    expect(resolveItem(url, wiki)).toEqual({ connectionId: 'contosowiki', itemId });
  });

  it.each([
    ['another host', 'https://evil.example/pages/holidays'],
    ['a look-alike host', 'https://wiki.contoso.com.evil.example/pages/holidays'],
    ['http instead of https', 'http://wiki.contoso.com/pages/holidays'],
    ['a sibling path of a base URL', 'https://docs.contoso.com/handbookish/leave'],
    ['base URL but no pattern match', 'https://wiki.contoso.com/search?q=x'],
    ['query pattern without its parameter', 'https://intranet.contoso.com/kb/article.aspx'],
    ['not a URL', 'wiki.contoso.com/pages/holidays'],
  ])('no item for %s', (_name, url) => {
    expect(resolveItem(url, wiki)).toBeNull();
  });

  it('skips a match whose id would exceed 128 characters', () => {
    expect(resolveItem(`https://wiki.contoso.com/pages/${'x'.repeat(130)}`, wiki)).toBeNull();
  });

  it('keeps declaration order between equal priorities', () => {
    const tied = compileResolvers('c', [
      resolver(1, ['https://a.test'], '/(?<x>.+)', 'first-{x}'),
      resolver(1, ['https://a.test'], '/(?<x>.+)', 'second-{x}'),
    ]);
    expect(resolveItem('https://a.test/p', tied)?.itemId).toBe('first-p');
  });
});

describe('compileResolvers', () => {
  it.each([
    ['no base URLs', resolver(1, [], '/(?<x>.+)', '{x}')],
    ['a base URL that is not a URL', resolver(1, ['wiki'], '/(?<x>.+)', '{x}')],
    ['an invalid pattern', resolver(1, ['https://a.test'], '/(?<x>.+', '{x}')],
    ['a template naming an unknown group', resolver(1, ['https://a.test'], '/(?<x>.+)', '{y}')],
    ['no pattern', resolver(1, ['https://a.test'], '', '{x}')],
    ['an empty template', resolver(1, ['https://a.test'], '/(?<x>.+)', '')],
    ['a fractional priority', resolver(1.5, ['https://a.test'], '/(?<x>.+)', '{x}')],
  ])('rejects %s', (_name, bad) => {
    expect(() => compileResolvers('c', [bad])).toThrow(ResolverError);
  });
});
