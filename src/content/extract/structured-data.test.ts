// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld';
import { readMicrodata } from './microdata';
import { fromStructuredData } from './structured-data';
import { WorkBudget } from './work-budget';

const PAGE = 'https://example.com/story';
const unlimited = (): WorkBudget => new WorkBudget(Infinity, Infinity, () => 0);

function fromLd(...blocks: unknown[]): ReturnType<typeof fromStructuredData> {
  const html = blocks
    .map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`)
    .join('');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return fromStructuredData(readJsonLd(doc, unlimited()), PAGE, PAGE, 'Real headline - Site');
}

describe('JSON-LD', () => {
  it('reads an @graph with @id references (Yoast shape)', () => {
    const found = fromLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#w', name: 'Site', inLanguage: 'en-US' },
        {
          '@type': 'WebPage',
          '@id': '#p',
          description: 'Page description',
          isPartOf: { '@id': '#w' },
        },
        {
          '@type': 'Article',
          headline: 'Real headline',
          isPartOf: { '@id': '#p' },
          author: { '@id': '#jane' },
          publisher: { '@id': '#org' },
          datePublished: '2020-01-02T03:04:05+00:00',
          image: { '@id': '#img' },
          wordCount: 1234,
          timeRequired: 'PT6M',
        },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe', url: 'https://example.com/jane' },
        {
          '@type': 'Organization',
          '@id': '#org',
          name: 'Org',
          logo: { '@type': 'ImageObject', url: '/logo.png' },
        },
        { '@type': 'ImageObject', '@id': '#img', url: 'https://example.com/lead.jpg' },
      ],
    });
    expect(found).toMatchObject({
      title: 'Real headline',
      authors: [{ name: 'Jane Doe', url: 'https://example.com/jane', kind: 'Person' }],
      description: 'Page description',
      siteName: 'Site',
      publisher: { name: 'Org', logo: 'https://example.com/logo.png' },
      datePublished: '2020-01-02T03:04:05Z',
      image: 'https://example.com/lead.jpg',
      type: 'Article',
      wordCount: 1234,
      readingMinutes: 6,
    });
  });

  it.each([
    ['a string', 'Ann Lee, Bob Roe', ['Ann Lee', 'Bob Roe']],
    ['a Person', { '@type': 'Person', name: 'Ann Lee' }, ['Ann Lee']],
    [
      'an array of mixed shapes',
      ['Ann Lee', { name: 'Bob Roe' }, { givenName: 'Cy', familyName: 'Poe' }],
      ['Ann Lee', 'Bob Roe', 'Cy Poe'],
    ],
    ['an Organization', { '@type': 'NewsMediaOrganization', name: 'BBC News' }, ['BBC News']],
    ['a URL', 'https://example.com/ann', []],
    ['garbage', [null, 5, {}], []],
  ])('author as %s', (_name, author, expected) => {
    const found = fromLd({ '@type': 'NewsArticle', headline: 'H', author });
    expect((found.authors ?? []).map((a) => a.name)).toEqual(expected);
  });

  it('keeps the most specific of several @types', () => {
    expect(fromLd({ '@type': ['Article', 'NewsArticle'], headline: 'H' }).type).toBe('NewsArticle');
    expect(fromLd({ '@type': 'http://schema.org/Recipe', name: 'Soup' }).type).toBe('Recipe');
  });

  it('prefers the content node titled like the page over embedded media', () => {
    const found = fromLd(
      { '@type': 'VideoObject', name: 'Unrelated clip', uploadDate: '2020-01-01' },
      { '@type': 'NewsArticle', headline: 'Real headline' },
    );
    expect(found.title).toBe('Real headline');
  });

  it('follows WebPage.mainEntity', () => {
    const found = fromLd({
      '@graph': [
        { '@type': 'WebPage', mainEntity: { '@id': '#r' } },
        { '@type': 'Article', headline: 'Other' },
        { '@type': 'Recipe', '@id': '#r', name: 'Soup' },
      ],
    });
    expect(found.type).toBe('Recipe');
  });

  it('arbitrates headline vs name by the page title', () => {
    const found = fromLd({
      '@type': 'Article',
      headline: 'Wikimedia list article',
      name: 'Real headline',
    });
    expect(found.title).toBe('Real headline');
  });

  it('says nothing for site-only graphs', () => {
    expect(fromLd({ '@type': 'Organization', name: 'Org' }).title).toBeUndefined();
    expect(fromLd({ '@type': 'BreadcrumbList' }).type).toBeUndefined();
  });
});

describe('microdata', () => {
  it('reads the main item and nested people', () => {
    const doc = new DOMParser().parseFromString(
      `<div itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><span itemprop="title">Home</span></div>
       <article itemscope itemtype="https://schema.org/BlogPosting">
         <h1><a itemprop="name" href="/post">Post title</a></h1>
         <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span></span>
         <time itemprop="datePublished" datetime="2013-09-29">Sep 29</time>
         <meta itemprop="image" content="/img.png">
         <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Troll</span></div>
       </article>`,
      'text/html',
    );
    const found = fromStructuredData(readMicrodata(doc), PAGE, PAGE);
    expect(found).toMatchObject({
      title: 'Post title',
      authors: [{ name: 'Ann Lee', kind: 'Person' }],
      datePublished: '2013-09-29',
      image: 'https://example.com/img.png',
      type: 'BlogPosting',
    });
  });
});
