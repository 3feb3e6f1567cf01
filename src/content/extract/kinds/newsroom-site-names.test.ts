// @vitest-environment jsdom
// Issue #14's fault kinds on page structures modelled on real markup. Site names only implied (kind 10): structured data, head tags and the page frame.
import { describe, it } from 'vitest';
import { type Case, page, check, H, ARTICLE, A, withFooter, ld } from './testing';

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

describe('kind 10: site name only implied (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'title suffix w/o h1 match but host',
      'siteName',
      page(`<title>${H} | Harbor News</title>`, `<p>x</p>`),
      'Harbor News',
      'https://www.harbornews.com/a/1',
    ],
    [
      'footer copyright',
      'siteName',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p>x</p></article><footer><p>© 2016 Harbor News. All rights reserved.</p></footer>`,
      ),
      'Harbor News',
      // The holder agrees with the host (leftover-kinds.test.ts: one that does not is refused).
      'https://www.harbornews.com/a/story.html',
    ],
    [
      'meta publisher',
      'siteName',
      page(`<title>${H}</title><meta name="publisher" content="Harbor News">`, `<h1>${H}</h1>`),
      'Harbor News',
    ],
    [
      'site name = title never',
      'siteName',
      page(
        `<title>${H}</title><meta name="application-name" content="${H}">`,
        `<article><h1>${H}</h1></article>`,
      ),
      undefined,
    ],
  ])('%s', check);
});

describe('kind 10: site name from the page frame', () => {
  it.each<Case>([
    [
      'footer copyright with a year range',
      'siteName',
      withFooter(A(''), '<p>Copyright © 2005–2016 Harbor News Media. All rights reserved.</p>'),
      'Harbor News Media',
      'https://harbornews.co.uk/a/story.html',
    ],
    [
      'footer "(C)" after "Copyright"',
      'siteName',
      withFooter(A(''), '<p>Copyright (C) 2012-2014 Ann Lee</p>'),
      'Ann Lee',
      'https://blog.annlee.net/2014/harbour',
    ],
    [
      'header logo link label',
      'siteName',
      A('').replace(
        '<body>',
        '<body><header><a href="/" class="logo" aria-label="Harbor News"><svg></svg></a></header>',
      ),
      'Harbor News',
    ],
  ])('%s', check);
});
