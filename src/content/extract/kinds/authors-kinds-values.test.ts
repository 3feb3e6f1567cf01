// @vitest-environment jsdom
// Fault kinds 1, 3, 4, 5 and 6 of issue #14: who wrote the page, each on small pages of
// different structures (JSON-LD, microdata, meta tags, CMS byline markup).
// This file: kinds 1 and 3 (split from authors-kinds.test.ts).
import { describe, expect, it } from 'vitest';
import { authorNames, extract, ld } from './testing';

const article = (body: string, head = ''): string =>
  `<html lang="en"><head><title>Harbour vote delayed</title>${head}</head><body>${body}</body></html>`;

describe('kind 1: a structured-data value that repeats another field', () => {
  it.each([
    [
      'JSON-LD publisher named like the headline; og:site_name is the brand',
      article(
        '',
        `<meta property="og:site_name" content="Harbor News">${ld({ '@type': 'NewsArticle', headline: 'Harbour vote delayed', publisher: { '@type': 'Organization', name: 'Harbour vote delayed ' } })}`,
      ),
      'Harbor News',
    ],
    [
      'WebSite name repeating the title, application-name is the brand',
      article(
        '',
        `<meta name="application-name" content="Harbor News">${ld({ '@type': 'WebSite', name: 'Harbour Vote Delayed!' })}`,
      ),
      'Harbor News',
    ],
    [
      'application-name filled with the headline, logo alt names the site',
      article(
        '<header><a href="/"><img class="site-logo" src="/l.png" alt="Harbor News logo"></a></header><article><h1>Harbour vote delayed</h1></article>',
        '<meta name="application-name" content="Harbour vote delayed">',
      ),
      'Harbor News',
    ],
    [
      'Dublin Core publisher repeating og:title, microdata publisher is the brand',
      article(
        '<div itemscope itemtype="https://schema.org/Article"><div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Harbor News"></div></div>',
        '<meta property="og:title" content="Harbour vote delayed"><meta name="dc.publisher" content="Harbour vote delayed">',
      ),
      'Harbor News',
    ],
    [
      'a home page whose every name is its title keeps it',
      `<title>Harbor News</title><meta property="og:site_name" content="Harbor News">${ld({ '@type': 'WebSite', name: 'Harbor News' })}`,
      'Harbor News',
    ],
  ])('site name: %s', (_name, html, expected) => {
    expect(extract(html).siteName).toBe(expected);
  });

  it.each([
    ['JSON-LD author url ""', { '@type': 'Person', name: 'Ann Lee', url: '' }],
    ['JSON-LD author url of spaces', { '@type': 'Person', name: 'Ann Lee', url: '   ' }],
    ['JSON-LD author url in an array of blanks', { '@type': 'Person', name: 'Ann Lee', url: [''] }],
    [
      'JSON-LD author ImageObject url only',
      { '@type': 'Person', name: 'Ann Lee', image: { url: '' } },
    ],
  ])('an empty author url is absent: %s', (_name, author) => {
    const meta = extract(
      article('', ld({ '@type': 'Article', headline: 'Harbour vote delayed', author })),
    );
    expect(meta.authors).toEqual([{ name: 'Ann Lee', kind: 'Person' }]);
  });

  it('an empty microdata author url is absent', () => {
    const meta = extract(
      article(
        '<article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Harbour vote delayed</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span><a itemprop="url" href=""></a></span></article>',
      ),
    );
    expect(meta.authors).toEqual([{ name: 'Ann Lee', kind: 'Person' }]);
  });

  it.each([
    [
      'JSON-LD author is the publisher; meta author names a person',
      article(
        '',
        `<meta name="author" content="Ann Lee">${ld({ '@type': 'NewsArticle', headline: 'Harbour vote delayed', author: { '@type': 'Organization', name: 'Big Media Group' }, publisher: { '@type': 'Organization', name: 'Big Media Group' } })}`,
      ),
      ['Ann Lee'],
    ],
    [
      'meta author is the copyright holder; the byline names a person',
      article(
        '<article><p class="byline">By Ann Lee</p><p>Text.</p></article>',
        '<meta name="author" content="Big Media Group"><meta name="copyright" content="© 2024 Big Media Group. All rights reserved.">',
      ),
      ['Ann Lee'],
    ],
    [
      'author list mixing the site name and a person',
      article(
        '',
        `<meta property="og:site_name" content="Harbor News">${ld({
          '@type': 'Article',
          headline: 'Harbour vote delayed',
          author: [
            { '@type': 'Organization', name: 'Harbor News' },
            { '@type': 'Person', name: 'Ann Lee' },
          ],
        })}`,
      ),
      ['Ann Lee'],
    ],
    [
      'the publisher credited alone, with no person anywhere, stays',
      article(
        '',
        ld({
          '@type': 'Article',
          headline: 'Harbour vote delayed',
          author: { '@type': 'Organization', name: 'Big Media Group' },
          publisher: { '@type': 'Organization', name: 'Big Media Group' },
        }),
      ),
      ['Big Media Group'],
    ],
    [
      'an organisation that is not the publisher is a real author',
      article(
        '<article><p class="byline">By Ann Lee</p></article>',
        ld({
          '@type': 'Article',
          headline: 'Harbour vote delayed',
          author: { '@type': 'Organization', name: 'Contributors to Harbour Wiki' },
          publisher: { '@type': 'Organization', name: 'Harbour Wiki Foundation' },
        }),
      ),
      ['Contributors to Harbour Wiki'],
    ],
  ])('corporate names are not authors when a person is named: %s', (_name, html, expected) => {
    expect(authorNames(html)).toEqual(expected);
  });
});

describe('kind 3: legal but unusual schema.org shapes', () => {
  const withAuthor = (author: unknown, extra: unknown[] = []): string =>
    article(
      '',
      ld({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'Article', headline: 'H', author }, ...extra],
      }),
    );
  it.each([
    [
      '@type arrays and a name that is itself a Person',
      [
        { '@type': ['Person'], name: 'Ilse Varrow' },
        { '@type': 'Person', name: { '@type': 'Person', name: 'Tomas Ekwueme' } },
      ],
      ['Ilse Varrow', 'Tomas Ekwueme'],
    ],
    [
      'a JSON-LD @list of authors',
      {
        '@list': [
          { '@type': 'Person', name: 'Ann Lee' },
          { '@type': 'Person', name: 'Bob Roe' },
        ],
      },
      ['Ann Lee', 'Bob Roe'],
    ],
    ['@value-wrapped names', [{ '@type': 'Person', name: { '@value': 'Ann Lee' } }], ['Ann Lee']],
    [
      'strings and objects mixed, in order',
      ['Ann Lee', { '@type': 'http://schema.org/Person', name: 'Bob Roe' }, 'Cy Poe'],
      ['Ann Lee', 'Bob Roe', 'Cy Poe'],
    ],
    [
      'givenName and familyName only',
      { '@type': 'Person', givenName: 'Ann', familyName: 'Lee' },
      ['Ann Lee'],
    ],
    [
      'a name object without any text',
      [{ '@type': 'Person', name: { '@type': 'Thing' } }, 'Bob Roe'],
      ['Bob Roe'],
    ],
  ])('%s', (_name, author, expected) => {
    const names = authorNames(withAuthor(author));
    expect(names).toEqual(expected);
    expect(names.join()).not.toContain('[object');
  });

  it('follows @id references to a name that is a Person node', () => {
    const names = authorNames(
      withAuthor(
        [{ '@id': '#a' }, { '@id': '#b' }],
        [
          { '@type': ['Person', 'Thing'], '@id': '#a', name: 'Ann Lee' },
          { '@type': 'Person', '@id': '#b', name: { '@id': '#n' } },
          { '@type': 'Person', '@id': '#n', name: 'Bob Roe' },
        ],
      ),
    );
    expect(names).toEqual(['Ann Lee', 'Bob Roe']);
  });
});
