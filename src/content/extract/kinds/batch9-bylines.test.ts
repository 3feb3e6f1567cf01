// @vitest-environment jsdom
// Issue #14's ninth batch, bylines: an entry's footer line read as text ("Posted by Ann Lee at
// 09:30 AM in <a>News</a>": Typepad), the content root's own details block when the headline is
// printed outside it (Drupal's Olivero), an affiliation after a name ("By Ann Lee, Faculty of
// Science"), a handle in brackets after a name ("annlee (id:annlee)": Hatena) and a publication's
// name link in the page's header, which spells its space's path, is no author (Buttondown).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const URL = 'https://quay.example.org/2021/03/harbour-vote-delayed.html';
const entry = (footer: string): string =>
  page(
    `<title>${T}</title>`,
    `<div class="entry"><h3 class="entry-header">${T}</h3><div class="entry-content">${P}</div>${footer}</div>`,
  );

describe("an entry's footer line is read as a byline when it says so", () => {
  it.each<Case>([
    [
      'Typepad: "Posted by Ann Lee at 09:30 AM in <a>News</a>"',
      'authors',
      entry(
        '<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted by Ann Lee at 09:30 AM in <a href="/news/">News</a></span> | <a class="permalink" href="#">Permalink</a></p></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'a post-footer line with the date after "on"',
      'authors',
      entry('<p class="post-footer">Posted by Ann Lee on March 15, 2021</p>'),
      ['Ann Lee'],
    ],
    [
      'a linked name in the footer line, then the category',
      'authors',
      entry(
        '<div class="entry-footer">By <a href="/about/">Ann Lee</a> at 9:30 in <a href="/news/">News</a></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'a footer line without a byline word names no one',
      'authors',
      entry('<div class="entry-footer">Posted in <a href="/news/">News</a> | 3 Comments</div>'),
      [],
    ],
    [
      'tags in the footer name no one',
      'authors',
      entry(
        '<footer class="entry-footer">Tags: <a href="/t/quay/">Quay</a>, <a href="/t/vote/">Vote</a></footer>',
      ),
      [],
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});

// Olivero: the title block in a region of its own, the node's <article> opening with its meta.
const olivero = (meta: string): string =>
  page(
    `<title>${T} | Quay Council</title>`,
    `<main><div class="region region--content-above"><div class="block block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--label-hidden">${T}</span></h1></div></div><div class="region region--content"><article class="node node--type-article"><header>${meta}</header><div class="node__content">${P}${P}</div></article></div></main>`,
  );

describe("the root's details block opens it when the headline stands outside the root", () => {
  it.each<Case>([
    [
      'Olivero: "By <span>Ann Lee</span>, <time>"',
      'authors',
      olivero(
        '<div class="node__meta"><span>By <span class="field field--name-uid"><span>Ann Lee</span></span></span>, <span class="field field--name-created"><time datetime="2021-03-15T09:30:00Z">15 March, 2021</time></span></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'Olivero: the title is the headline, not a label before it',
      'title',
      olivero('<div class="node__meta"><span>By <span>Ann Lee</span></span></div>'),
      T,
    ],
    [
      'an info block with a linked name',
      'authors',
      olivero(
        '<div class="article-info">By <a href="/team/ann">Ann Lee</a> <time>15 March 2021</time></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'two authors in their own elements',
      'authors',
      olivero('<div class="post-meta">By <b>Ann Lee</b> and <b>Bob Smith</b></div>'),
      ['Ann Lee', 'Bob Smith'],
    ],
    [
      'a meta block that is a deck, not a byline',
      'authors',
      olivero('<div class="meta">By The Numbers: <span>Quay Vote</span></div>'),
      [],
    ],
    [
      'a details block after the first paragraph is not at the head',
      'authors',
      page(
        `<title>${T}</title>`,
        `<div class="title-block"><h1>${T}</h1></div><article>${P}<div class="post-meta">By <span>Ann Lee</span></div>${P}</article>`,
      ),
      [],
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});

const byline = (text: string): string =>
  page(`<title>${T}</title>`, `<article><h1>${T}</h1><p class="byline">${text}</p>${P}</article>`);

describe('an affiliation after a name is no second author', () => {
  it.each<Case>([
    [
      '"By Ann Lee, Faculty of Science"',
      'authors',
      byline('By Ann Lee, Faculty of Science'),
      ['Ann Lee'],
    ],
    [
      '"Ann Lee, Department of Physics"',
      'authors',
      byline('Ann Lee, Department of Physics'),
      ['Ann Lee'],
    ],
    ['"By Ann Lee, School of Law"', 'authors', byline('By Ann Lee, School of Law'), ['Ann Lee']],
    [
      'German: "Von Ann Lee, Universität Hamburg"',
      'authors',
      byline('Von Ann Lee, Universität Hamburg'),
      ['Ann Lee'],
    ],
    ['"By Ann Lee, Quay Institute"', 'authors', byline('By Ann Lee, Quay Institute'), ['Ann Lee']],
    ['two people stay two', 'authors', byline('By Ann Lee, Bob Smith'), ['Ann Lee', 'Bob Smith']],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});

describe('a handle in brackets after a name is no part of it', () => {
  it.each<Case>([
    [
      'Hatena: "annlee (id:annlee)"',
      'authors',
      byline('<span class="fn"><span>annlee</span> <span>(id:annlee)</span></span>'),
      ['annlee'],
    ],
    ['"By Ann Lee (@annlee)"', 'authors', byline('By Ann Lee (@annlee)'), ['Ann Lee']],
    ['full-width brackets', 'authors', byline('山田太郎（@yamada_taro）'), ['山田太郎']],
    ['a dotted handle', 'authors', byline('By Ann Lee (@ann.lee)'), ['Ann Lee']],
    [
      'a bracketed word that is no handle stays',
      'authors',
      byline('By Ann Lee (Jr)'),
      ['Ann Lee (Jr)'],
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});

describe("a publication's name link in the page header is no owner", () => {
  const USER_URL = 'https://letters.example.com/quaynotes/archive/harbour-vote-delayed/';
  const letter = (header: string): string =>
    page(
      `<title>${T}</title>`,
      `<div class="newsletter"><header>${header}</header><div class="email"><div class="email-header"><h1>${T}</h1></div>${P}</div></div>`,
    );
  it.each<Case>([
    [
      "Buttondown: the newsletter's name, spelling the space's path",
      'authors',
      letter('<a href="/quaynotes" class="newsletter-name">Quay Notes</a>'),
      [],
    ],
    [
      'beside the headline, a name class alone does not vouch for a full name spelling the path',
      'authors',
      page(
        `<title>${T}</title>`,
        `<div class="email"><div class="email-header"><h1>${T}</h1><a href="/quaynotes" class="blog-name">Quay Notes</a></div>${P}</div>`,
      ),
      [],
    ],
    [
      'in the page header even with a user class',
      'authors',
      letter('<a href="/quaynotes" class="user-link">Quay Notes</a>'),
      [],
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], USER_URL);
  });
});
