// @vitest-environment jsdom
// Fault kinds 1, 3, 4, 5 and 6 of issue #14: who wrote the page, each on small pages of
// different structures (JSON-LD, microdata, meta tags, CMS byline markup).
// This file: kinds 4 to 6 (split from authors-kinds.test.ts).
import { describe, expect, it } from 'vitest';
import { authorNames, ld } from './testing';

const article = (body: string, head = ''): string =>
  `<html lang="en"><head><title>Harbour vote delayed</title>${head}</head><body>${body}</body></html>`;

describe('kind 4: bylines glued to their surroundings', () => {
  it.each([
    [
      '"By" glued to a linked name',
      '<p class="byline">By<a href="/p/th">Travis Haney</a></p>',
      ['Travis Haney'],
    ],
    [
      'name, outlet in capitals and date in adjacent spans',
      '<div class="byline"><span>Meg Wagner</span><span>NEW YORK DAILY NEWS</span><time>Dec 16</time></div>',
      ['Meg Wagner'],
    ],
    [
      'a name glued to an ISO date in one text node',
      '<div class="author-info">John Smith2017-03-01</div>',
      ['John Smith'],
    ],
    [
      'a role and a date after the name',
      '<div class="byline">Jane Roe Editor December 20, 2016</div>',
      ['Jane Roe'],
    ],
    [
      '"for The Outlet" after the name',
      '<span class="byline">By Jane Doe for The Guardian</span>',
      ['Jane Doe'],
    ],
    [
      'a name split over inline elements',
      '<div class="byline">By <b>Ann</b><b>Lee</b></div>',
      ['Ann Lee'],
    ],
    [
      'a dateline block after the name',
      '<div class="byline"><p>By Ann Lee</p><p>CAIRO — Officials said</p></div>',
      ['Ann Lee'],
    ],
  ])('%s', (_name, byline, expected) => {
    expect(authorNames(article(`<article>${byline}<p>The story.</p></article>`))).toEqual(expected);
  });
});

describe('kind 5: interface text is not an author', () => {
  it.each([
    [
      'an RSS link beside the linked name',
      '<div class="byline">By <a href="/author/ann">Ann Lee</a> <a href="/author/ann/feed">Get author RSS feed</a></div>',
      ['Ann Lee'],
    ],
    [
      'an archive link with only its action as text',
      '<div class="author"><a href="/author/ann">View author archive</a></div>',
      [],
    ],
    [
      'a social prompt before the name',
      '<div class="author-box"><a href="https://social.example/x">Follow us on Twitter</a><span>Ann Lee</span></div>',
      ['Ann Lee'],
    ],
    ['a comment counter', '<span class="author-meta">51 Comments</span>', []],
    [
      'a share button inside the byline',
      '<div class="byline"><button>Share</button>By Ann Lee</div>',
      ['Ann Lee'],
    ],
    [
      'a sharing-options control',
      '<div class="byline-tools"><span>Show more sharing options</span></div>',
      [],
    ],
  ])('%s', (_name, byline, expected) => {
    expect(authorNames(article(`<article>${byline}<p>The story.</p></article>`))).toEqual(expected);
  });

  it.each(['View all posts', 'Follow us on Twitter', '12 Comments', 'Read more'])(
    'JSON-LD author %j is not a name',
    (name) => {
      expect(
        authorNames(article('', ld({ '@type': 'Article', headline: 'H', author: { name } }))),
      ).toEqual([]);
    },
  );
});

describe('kind 6: bylines in common CMS markup, no structured data', () => {
  it.each([
    [
      'rel=author link',
      '<article><a rel="author" href="/ann">Ann Lee</a><p>x</p></article>',
      '',
      ['Ann Lee'],
    ],
    [
      'itemprop=author with its own Person item, no outer item',
      '<article><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span></span></article>',
      '',
      ['Ann Lee'],
    ],
    [
      'several itemprop=author spans',
      '<article><span itemprop="author">Ann Lee</span> and <span itemprop="author">Bob Roe</span></article>',
      '',
      ['Ann Lee', 'Bob Roe'],
    ],
    ['meta name="Author" (capitalised)', '', '<meta name="Author" content="Ann Lee">', ['Ann Lee']],
    [
      'camelCase byline class, comments section skipped',
      '<div class="commentsList"><div class="commentAuthor">Troll Person</div></div><article><div class="storyByline">By Ann Lee</div><p>x</p></article>',
      '',
      ['Ann Lee'],
    ],
    [
      'article:author holding a name',
      '',
      '<meta property="article:author" content="Ann Lee">',
      ['Ann Lee'],
    ],
    [
      'article:author holding a URL, byline in the page',
      '<article><p class="byline">By Ann Lee</p></article>',
      '<meta property="article:author" content="https://social.example/annlee">',
      ['Ann Lee'],
    ],
    [
      'Yoast twitter label/data pair',
      '',
      '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann Lee">',
      ['Ann Lee'],
    ],
    [
      'author-archive link in the article header',
      '<article><header><a href="/author/ann-lee/">Ann Lee</a></header><p>Body.</p></article>',
      '',
      ['Ann Lee'],
    ],
  ])('%s', (_name, body, head, expected) => {
    expect(authorNames(article(body, head))).toEqual(expected);
  });

  it('a person mentioned in running prose is not the author', () => {
    const prose = `<p>${'Context words. '.repeat(12)}wrote <a href="/authors/jl">Jen Light</a>, a historian.</p>`;
    expect(authorNames(article(`<article>${prose}</article>`))).toEqual([]);
  });
});
