// @vitest-environment jsdom
// Issue #14's fault kinds on a third set of page structures, modelled on the markup of
// newsroom CMSs (Arc XP, Brightspot, Chorus, WordPress VIP), hosted blogs (Medium, Substack,
// Ghost, Squarespace, Blogger), docs and forum software, and news sites in other languages.
import { describe, expect, it } from 'vitest';
import { extract, ld } from './testing';

const page = (head: string, body: string, lang = 'en'): string =>
  `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

type Field = 'title' | 'authors' | 'siteName' | 'datePublished' | 'image' | 'description';
type Case = [name: string, field: Field, html: string, expected: unknown, url?: string];

function check(...[, field, html, expected, url]: Case): void {
  const meta = extract(html, url);
  expect(field === 'authors' ? meta.authors.map((a) => a.name) : meta[field]).toEqual(expected);
}

const ARTICLE = '<article><h1>Harbour vote delayed</h1><p>The council met.</p></article>';

describe('kind 9: lead image only in the content (or in head microdata)', () => {
  it.each<Case>([
    [
      'meta itemprop=image in head, no itemscope (snippet markup)',
      'image',
      page(
        '<title>Harbour vote delayed</title><meta itemprop="name" content="Harbour vote delayed"><meta itemprop="image" content="/img/lead.jpg">',
        ARTICLE,
      ),
      'https://news.example.com/img/lead.jpg',
    ],
    [
      'meta itemprop=image in head under <html itemscope>',
      'image',
      '<html itemscope itemtype="http://schema.org/Article"><head><title>T</title><meta itemprop="image" content="https://cdn.example.net/lead.jpg"></head><body></body></html>',
      'https://cdn.example.net/lead.jpg',
    ],
    [
      'meta itemprop=image of a body teaser is not the page image',
      'image',
      page(
        '<title>T</title>',
        '<aside><div itemscope itemtype="https://schema.org/Article"><meta itemprop="image" content="/teaser.jpg"><meta itemprop="headline" content="Other"></div></aside>',
      ),
      undefined,
    ],
  ])('%s', check);
});

describe('kind 10: site name only implied', () => {
  it.each<Case>([
    [
      'microdata WebSite name',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>',
        '<div itemscope itemtype="https://schema.org/WebSite"><meta itemprop="name" content="Harbor News"><link itemprop="url" href="/"></div>' +
          ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'JSON-LD Organization at the site root, alone',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({
            '@context': 'https://schema.org',
            '@type': 'NewsMediaOrganization',
            name: 'Harbor News',
            url: 'https://www.news.example.com/',
            logo: 'https://news.example.com/logo.png',
          }),
        ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'JSON-LD Organization at the root beside an article without publisher',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({ '@type': 'NewsArticle', headline: 'Harbour vote delayed' }) +
          ld({ '@type': 'Organization', name: 'Harbor News', url: 'https://news.example.com' }),
        ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'microdata Organization at the root in the header',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>',
        '<header itemscope itemtype="https://schema.org/Organization"><a itemprop="url" href="/"><img itemprop="logo" src="/logo.svg" alt=""></a><meta itemprop="name" content="Harbor News"></header>' +
          ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'an Organization at another host is not the site',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({ '@type': 'Organization', name: 'Ad Partner', url: 'https://partner.example.org/' }),
        ARTICLE,
      ),
      undefined,
    ],
    [
      'an Organization at a deeper path is not the site',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({
            '@type': 'Organization',
            name: 'City Council',
            url: 'https://news.example.com/topics/council/',
          }),
        ARTICLE,
      ),
      undefined,
    ],
    [
      'og:site_name outranks the root Organization',
      'siteName',
      page(
        '<title>Harbour vote delayed</title><meta property="og:site_name" content="Harbor News">' +
          ld({ '@type': 'Organization', name: 'Harbor Media Group Inc.', url: '/' }),
        ARTICLE,
      ),
      'Harbor News',
    ],
  ])('%s', check);
});
