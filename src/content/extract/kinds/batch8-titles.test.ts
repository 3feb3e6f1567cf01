// @vitest-environment jsdom
// Issue #14's eighth batch, titles and site names: a post titled by hAtom's `entry-title` or
// microformats' `p-name` on a page without an h1 (micro.blog, older WordPress themes).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const URL = 'https://ann.example.org/2021/03/15/harbour-vote.html';

describe('with no h1, the one entry-title or p-name heading is the headline', () => {
  it.each<Case>([
    [
      'micro.blog: <h2 class="p-name"> in an h-entry, the blog named after its author',
      'title',
      page(
        `<title>${T} - Ann Lee</title>`,
        `<article class="h-entry"><h2 class="headline p-name">${T}</h2><div class="e-content">${P}</div></article>`,
      ),
      T,
      URL,
    ],
    [
      'micro.blog: the blog name the title then implies',
      'siteName',
      page(
        `<title>${T} - Ann Lee</title>`,
        `<article class="h-entry"><h2 class="p-name">${T}</h2><div class="e-content">${P}</div></article>`,
      ),
      'Ann Lee',
      URL,
    ],
    [
      'an older WordPress theme: <h2 class="entry-title"> on a single post',
      'title',
      page(
        `<title>${T} | Quay Diary</title>`,
        `<div id="content"><div class="post hentry"><h2 class="entry-title">${T}</h2><div class="entry-content">${P}</div></div></div>`,
      ),
      T,
      URL,
    ],
    [
      'an <h3 class="entry-title"> under a blog-name h2',
      'title',
      page(
        `<title>Quay Diary | ${T}</title>`,
        `<div class="header"><h2 class="blog-title">Quay Diary</h2></div><div class="post hentry"><h3 class="post-title entry-title">${T}</h3><div class="post-body entry-content">${P}</div></div>`,
      ),
      T,
      URL,
    ],
    [
      'an IndieWeb post: <h3 class="p-name"> in an article',
      'title',
      page(
        `<title>${T} · Ann Lee</title>`,
        `<main><article class="h-entry"><header><h3 class="p-name">${T}</h3></header>${P}</article></main>`,
      ),
      T,
      URL,
    ],
    [
      'a listing of two entries names no headline: the title stays whole',
      'title',
      page(
        `<title>${T} - Ann Lee</title>`,
        `<article class="h-entry"><h2 class="p-name">${T}</h2>${P}</article><article class="h-entry"><h2 class="p-name">Quay reopens</h2>${P}</article>`,
      ),
      `${T} - Ann Lee`,
      URL,
    ],
  ])('%s', check);
});

describe("a <title> part that is the text of a link home is the site's name", () => {
  // `headline` false: a page that writes no headline, so only the link home can name the site
  // (a headline written in the page implies the other part of the title: batch9-leftovers).
  const fuwari = (link: string, title = `${T} - Fuwari`, headline = true): string =>
    page(
      `<title>${title}</title>`,
      `<div id="top-row"><div class="navbar">${link}</div></div><main id="swup-container"><div class="card-base">${headline ? `<div class="transition text-3xl font-bold mb-3">${T}</div>` : ''}<div class="meta"><span>2021-03-15</span></div><div class="custom-md markdown-content">${P}</div></div></main>`,
    );
  it.each<Case>([
    [
      "Fuwari: the navbar's home link writes the name the title ends with",
      'siteName',
      fuwari('<a href="/" class="btn-plain"><svg></svg>Fuwari</a>'),
      'Fuwari',
      URL,
    ],
    [
      'Fuwari: the title then loses it',
      'title',
      fuwari('<a href="/" class="btn-plain"><svg></svg>Fuwari</a>'),
      T,
      URL,
    ],
    [
      'an absolute link home, the name leading the title',
      'title',
      fuwari('<a href="https://ann.example.org/">Quay Diary</a>', `Quay Diary | ${T}`),
      T,
      URL,
    ],
    [
      'Bear Blog: the name in an h2 inside the link home',
      'siteName',
      fuwari('<a class="title" href="/"><h2>Ann Lee</h2></a>', `${T} | Ann Lee`),
      'Ann Lee',
      URL,
    ],
    [
      'a link to a section is no link home: the title stays whole',
      'title',
      fuwari('<a href="/news/">News</a>', `${T} - News`, false),
      `${T} - News`,
      URL,
    ],
    [
      "a link home on another site (the platform's) names no site",
      'siteName',
      fuwari('<a href="https://fuwari.example.com/">Fuwari</a>', `${T} - Fuwari`, false),
      undefined,
      URL,
    ],
  ])('%s', check);
});

describe('a note of which page of a paged article the title shows is cut', () => {
  const paged = (title: string): string =>
    page(`<title>${title}</title>`, `<article><h1>${T}</h1>${P}</article>`, 'id');
  it.each<Case>([
    ['Kompas: "Story Halaman all - Site"', 'title', paged(`${T} Halaman all - Harian.com`), T],
    ['Tribun: "Story - Halaman 2 - Site"', 'title', paged(`${T} - Halaman 2 - Tribun Quay`), T],
    ['"Story - Page 2 of 3 | Site"', 'title', paged(`${T} - Page 2 of 3 | Harbour Times`), T],
    ['German: "Story, Seite 2 - Site"', 'title', paged(`${T}, Seite 2 - Hafenblatt`), T],
    ['Polish: "Story - strona 3 z 5"', 'title', paged(`${T} - strona 3 z 5 | Portal`), T],
    [
      'a headline with "page" mid-sentence stays',
      'title',
      paged('Page 2 of the budget explained'),
      'Page 2 of the budget explained',
    ],
  ])('%s', check);
});
