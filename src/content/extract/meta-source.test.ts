// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fromMetaTags } from './meta-source';
import { collectMeta } from './meta-tags';

const BASE = 'https://example.com/a/story';
const found = (head: string): ReturnType<typeof fromMetaTags> =>
  fromMetaTags(collectMeta(new DOMParser().parseFromString(head, 'text/html')), BASE);

describe('fromMetaTags', () => {
  it('prefers Dublin Core, then OpenGraph, then Twitter, then plain names', () => {
    const result = found(`
      <meta name="title" content="Meta name"><meta name="twitter:title" content="Twitter">
      <meta property="og:title" content="OG"><meta property="dc:title" content="DC">
      <meta name="description" content="Plain"><meta property="og:description" content="OG desc">
      <meta name="author" content="Plain Author"><meta name="DC.creator" content="Dc Author">`);
    expect(result).toMatchObject({
      title: 'DC',
      description: 'OG desc',
      authors: [{ name: 'Dc Author' }],
    });
  });

  it('reads space-separated RDFa properties and skips empty contents', () => {
    const result = found(`<meta property="og:title twitter:title" content="Both">
      <meta property="og:description"><meta name="description" content="Fallback">`);
    expect(result).toMatchObject({ title: 'Both', description: 'Fallback' });
  });

  it.each([
    [
      'article:author as a URL is not a name',
      '<meta property="article:author" content="https://facebook.com/x">',
      [],
    ],
    [
      'several article:author',
      '<meta property="article:author" content="Ann Lee"><meta property="article:author" content="Bob Roe">',
      ['Ann Lee', 'Bob Roe'],
    ],
    ['parsely-author', '<meta name="parsely-author" content="Jane Doe">', ['Jane Doe']],
    [
      'citation authors in citation order',
      '<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, Bob">',
      ['Jane Doe', 'Bob Roe'],
    ],
    ['NYT byl', '<meta name="byl" content="By JANE DOE">', ['JANE DOE']],
  ])('authors: %s', (_name, head, expected) => {
    expect((found(head).authors ?? []).map((a) => a.name)).toEqual(expected);
  });

  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2015-07-10T09:53:00-04:00">',
      '2015-07-10T09:53:00-04:00',
    ],
    [
      'parsely-pub-date',
      '<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">',
      '2024-04-20T04:20:00.000Z',
    ],
    [
      'citation_publication_date',
      '<meta name="citation_publication_date" content="2014/12/15">',
      '2014-12-15',
    ],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2019-10-15">', '2019-10-15'],
    [
      'unparseable skipped',
      '<meta property="article:published_time" content="soon"><meta name="date" content="2020-02-02">',
      '2020-02-02',
    ],
  ])('published: %s', (_name, head, expected) => {
    expect(found(head).datePublished).toBe(expected);
  });

  it('resolves images, maps og:type, reads keywords and locale', () => {
    const result =
      found(`<meta property="og:image" content="/i.jpg"><meta property="og:type" content="video.other">
      <meta name="keywords" content="a, b; c, a"><meta property="og:locale" content="pt_BR">`);
    expect(result).toMatchObject({
      image: 'https://example.com/i.jpg',
      type: 'VideoObject',
      keywords: ['a', 'b', 'c'],
      lang: 'pt-BR',
    });
  });

  it('ignores application-name, which sites fill with article titles', () => {
    expect(
      found('<meta name="application-name" content="Some headline">').siteName,
    ).toBeUndefined();
  });
});
