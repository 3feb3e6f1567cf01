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
