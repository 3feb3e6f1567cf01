// @vitest-environment jsdom
// Issue #14's ninth batch, session 13's leftovers: a page without an h1 whose headline is the
// element writing the `<title>`'s headline part (Hacker News, old Reddit, Fuwari), a details line
// whose one inline part is the date (Fuwari), and a full name spelling the handle of the user
// space the page lives in, vouched for by a user/name class.
import { describe, it } from 'vitest';
import { type Case, check, page, TEMPLATE_TEXT as P } from './testing';

const T = 'Harbour vote delayed';
const URL = 'https://quay.example.org/posts/harbour-vote-delayed/';

const hn = (title: string): string =>
  page(
    `<title>${title}</title>`,
    `<center><table id="hnmain"><tr><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b> <a href="newest">new</a></span></td></tr><tr><td><table class="fatitem"><tr class="athing submission"><td class="title"><span class="titleline"><a href="https://harbour.example.org/vote">${T}</a></span></td></tr><tr><td class="subtext">120 points by <a href="user?id=annlee" class="hnuser">annlee</a></td></tr></table></td></tr></table></center>`,
  );
const reddit = page(
  `<title>${T} : harbour</title>`,
  `<div id="header"><a href="/" id="header-img">reddit.com</a><span class="pagename redditname"><a href="/r/harbour/">harbour</a></span></div><div class="content" role="main"><div class="thing link"><p class="title"><a class="title may-blank" href="/r/harbour/comments/m5/harbour_vote_delayed/">${T}</a></p><p class="tagline">submitted by <a href="/user/annlee" class="author">annlee</a></p><div class="md">${P}</div></div></div>`,
);
const titled = (title: string, body: string): string =>
  page(`<title>${title}</title>`, `<div class="wrap">${body}<div class="text">${P}</div></div>`);

describe("without an h1, the element writing the title's headline part is the headline", () => {
  it.each<Case>([
    ['Hacker News: the title loses " | Hacker News"', 'title', hn(`${T} | Hacker News`), T],
    [
      "Hacker News: what is left is the site's name",
      'siteName',
      hn(`${T} | Hacker News`),
      'Hacker News',
    ],
    ['old Reddit: the title loses " : harbour"', 'title', reddit, T],
    [
      'a forum topic in an unclassed h2',
      'title',
      titled(`${T} - Quay Forum`, `<h2 class="topic-title">${T}</h2>`),
      T,
    ],
    [
      'the site named first, its logo text outside the header: the logo is not the headline',
      'title',
      titled(
        `Quay Diary | ${T}`,
        `<div class="logo"><a href="https://quay.example.org/">Quay Diary</a></div><div class="post-title">${T}</div>`,
      ),
      T,
    ],
    [
      'the headline part written only in the navigation: the title stays whole',
      'title',
      titled(
        `${T} | Quay Diary`,
        `<nav><a href="/x">${T}</a></nav><div class="post">Other words</div>`,
      ),
      `${T} | Quay Diary`,
    ],
    [
      "an IETF draft's name, linked in its text, is no headline: no site name",
      'siteName',
      titled(
        'draft-lee-harbour-vote-04 - Harbour Vote',
        '<pre>Document: <a href="./draft-lee-harbour-vote-04">draft-lee-harbour-vote-04</a></pre>',
      ),
      undefined,
    ],
    [
      'a one-word part a menu also writes is no headline',
      'title',
      titled('Archive | Quay Diary', '<div class="menu-item">Archive</div>'),
      'Archive | Quay Diary',
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], row[4] ?? URL);
  });
});

// Fuwari's post: the title in a <div>, then a details block: an icon and the date, the category
// and the tags, each in its own element, with no class naming a date.
const fuwari = (meta: string, title = `${T} - Fuwari`, head = ''): string =>
  page(
    `<title>${title}</title>${head}`,
    `<main id="swup-container"><div class="card-base"><div class="relative onload-animation"><div class="transition w-full block font-bold mb-3 text-3xl">${T}</div></div><div class="onload-animation"><div class="flex flex-wrap items-center gap-4">${meta}</div></div><div class="markdown-content">${P}</div></div></main>`,
  );
const ICON = '<div class="meta-icon"><svg></svg></div>';
const h1Page = (meta: string): string =>
  page(`<title>${T}</title>`, `<article><h1>${T}</h1>${meta}${P}</article>`);

describe("a details line's inline part that is only a date is the date", () => {
  it.each<Case>([
    [
      'Fuwari: icon, date, category and tags',
      'datePublished',
      fuwari(
        `<div class="flex items-center">${ICON}<span class="text-50 text-sm">2021-03-15</span></div><div class="flex items-center">${ICON}<a href="/archive/category/Guides/">Guides</a></div><div class="flex items-center">${ICON}<a href="/archive/tag/Quay/">Quay</a> / <a href="/archive/tag/Vote/">Vote</a></div>`,
      ),
      '2021-03-15',
    ],
    [
      'Fuwari with the og:title and og:site_name its layout writes on every page (F-kinds-2)',
      'datePublished',
      fuwari(
        `<div class="flex items-center">${ICON}<span class="text-50 text-sm">2021-03-15</span></div><div class="flex items-center">${ICON}<a href="/archive/category/Guides/">Guides</a></div>`,
        undefined,
        `<meta property="og:site_name" content="Fuwari"><meta property="og:title" content="${T} - Fuwari">`,
      ),
      '2021-03-15',
    ],
    [
      'Fuwari: published and updated dates with icons only, the first',
      'datePublished',
      fuwari(
        `<div>${ICON}<span>2021-03-15</span></div><div>${ICON}<span>2021-04-02</span></div><div><a href="/archive/category/Guides/">Guides</a></div>`,
      ),
      '2021-03-15',
    ],
    [
      'an h1, then the date and the reading time in their own spans',
      'datePublished',
      h1Page('<div class="flex gap-2"><span>March 15, 2021</span><span>5 min read</span></div>'),
      '2021-03-15',
    ],
    [
      'a French date and a linked category after a middle dot',
      'datePublished',
      h1Page('<div><span>15 mars 2021</span> · <a href="/cuisine/">Cuisine</a></div>'),
      '2021-03-15',
    ],
    [
      '"Updated" in its own element before the date: not the publication',
      'datePublished',
      h1Page(
        '<div><span>Updated</span> <span>March 16, 2021</span> <a href="/x/">Guides</a></div>',
      ),
      undefined,
    ],
    [
      "a part ahead of the reading (an event's day) is no publication",
      'datePublished',
      h1Page('<div><span>June 5, 2031</span><span>Town hall, 7 pm</span></div>'),
      undefined,
    ],
    [
      'a sentence holding a date in an element is prose',
      'datePublished',
      h1Page('<div>The vote moved to <b>June 5, 2021</b> after a delay.</div>'),
      undefined,
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], row[4] ?? URL);
  });
});

const USER_URL = 'https://blogs.example.org/annlee/posts/harbour-vote';
const headed = (link: string): string =>
  page(
    `<title>${T}</title>`,
    `<main><article><header><h1>${T}</h1><div class="info">${link}</div></header>${P}</article></main>`,
  );

describe('a full name spelling the handle counts with a user/name class', () => {
  it.each<Case>([
    [
      'a user-name class on the link',
      'authors',
      headed('<a class="user-name" href="/annlee">Ann Lee</a>'),
      ['Ann Lee'],
    ],
    [
      "a user class on the link's parent, a hyphenated handle",
      'authors',
      headed('<div class="user-card"><a href="/ann-lee">Ann Lee</a></div>'),
      ['Ann Lee'],
      'https://blogs.example.org/ann-lee/posts/harbour-vote',
    ],
    [
      'a display-name class, three words',
      'authors',
      headed('<a class="display-name" href="/annmarielee">Ann Marie Lee</a>'),
      ['Ann Marie Lee'],
      'https://blogs.example.org/annmarielee/posts/harbour-vote',
    ],
    [
      'without a class, a full name spelling the path stays a section',
      'authors',
      headed('<a href="/annlee">Ann Lee</a>'),
      [],
    ],
    [
      'one word spelling the path with a name class is a section',
      'authors',
      headed('<a class="section-title-name" href="/harbour">Harbour</a>'),
      [],
      'https://blogs.example.org/harbour/posts/harbour-vote',
    ],
    [
      'lower-case words are no full name',
      'authors',
      headed('<a class="user-name" href="/worldnews">world news</a>'),
      [],
      'https://blogs.example.org/worldnews/posts/harbour-vote',
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], row[4] ?? USER_URL);
  });
});
