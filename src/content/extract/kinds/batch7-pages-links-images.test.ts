// @vitest-environment jsdom
// Issue #14's seventh batch, the title, site-name, author and image kinds: a heading's permalink
// glyph (Sphinx, MkDocs), a microdata headline on a wrapper around the heading (Zola), a logo alt
// that is only a generic word (Hugo Stack's "Avatar"), icon links whose only text is for screen
// readers (phpBB), and lead images only the page's markup states: a lazy player's data-poster, a
// `<picture>` whose sources lazy-load, and an image classed as the page's cover (Notion exports).
// This file: screen-reader-only links, lead images only the markup states (split from batch7-pages.test.ts).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';

const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';

const URL = 'https://harbour.example.org/guide/vote';

const IMG = 'https://harbour.example.org/img/quay.jpg';

const inArticle = (body: string): string =>
  page(`<title>${T}</title>`, `<main><article><h1>${T}</h1>${body}${P}</article></main>`);

describe('an icon link whose only text is for screen readers is no author', () => {
  it.each<Case>([
    [
      'phpBB: the post link "Post" before "by annlee"',
      'authors',
      inArticle(
        '<p class="author"><a class="unread" href="./viewtopic.php?p=1#p1" title="Post"><i class="icon fa-file"></i><span class="sr-only">Post</span></a> <span>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">annlee</a></strong> &raquo; </span>Mon Mar 15, 2021 9:30 am</p>',
      ),
      ['annlee'],
    ],
    [
      'XenForo-like: a u-srOnly "Topic" link before the starter',
      'authors',
      inArticle(
        '<div class="message-author"><a href="/threads/harbour.12/"><i class="fa--xf"></i><span class="u-srOnly">Topic</span></a> <a href="/u/annlee" class="username">annlee</a></div>',
      ),
      ['annlee'],
    ],
    [
      'a screen-reader-text "Entry" permalink in a byline',
      'authors',
      inArticle(
        '<div class="byline"><a href="/harbour-vote"><svg></svg><span class="screen-reader-text">Entry</span></a> by <a href="/profile/annlee">annlee</a></div>',
      ),
      ['annlee'],
    ],
    [
      'a visually hidden "Article" link in an author line',
      'authors',
      inArticle(
        '<div class="author-line"><a href="/a/1"><i></i><span class="visually-hidden">Article</span></a> <a href="/profile/annlee">annlee</a></div>',
      ),
      ['annlee'],
    ],
    [
      'an assistive-text "Thread" link',
      'authors',
      inArticle(
        '<div class="byline"><a href="/t/1"><i class="icon"></i><span class="assistive-text">Thread</span></a> <a href="/profile/annlee">annlee</a></div>',
      ),
      ['annlee'],
    ],
    [
      'a name with a hidden suffix is still a name',
      'authors',
      inArticle(
        '<div class="byline"><a href="/people/ann-lee">Ann Lee<span class="sr-only"> (opens profile)</span></a></div>',
      ),
      ['Ann Lee'],
    ],
  ])('%s', check);
});

describe('lead images only the markup states', () => {
  it.each<Case>([
    [
      "a lazy player's data-poster",
      'image',
      inArticle('<video preload="none" data-poster="/img/quay.jpg" src="/v/q.mp4"></video>'),
      IMG,
      URL,
    ],
    [
      'a <picture> whose sources lazy-load (data-srcset) over a placeholder',
      'image',
      inArticle(
        '<picture><source type="image/webp" data-srcset="/img/quay-640.webp 640w, /img/quay.webp 1280w"><img class="lazyload" src="data:image/gif;base64,R0lGOD" data-src="/img/quay.jpg" alt=""></picture>',
      ),
      IMG,
      URL,
    ],
    [
      'Notion export: img.page-cover-image without a size',
      'image',
      page(
        `<title>${T}</title>`,
        `<article class="page sans"><header><img class="page-cover-image" src="/img/quay.jpg" style="object-position:center 50%"><h1 class="page-title">${T}</h1></header><div class="page-body">${P}</div></article>`,
      ),
      IMG,
      URL,
    ],
    [
      'WordPress featured image without size attributes',
      'image',
      inArticle(
        '<div class="post-thumbnail"><img src="/img/quay.jpg" class="attachment-post-thumbnail wp-post-image" alt=""></div>',
      ),
      IMG,
      URL,
    ],
    [
      'a hero-image class',
      'image',
      inArticle('<div><img class="hero-image" src="/img/quay.jpg" alt=""></div>'),
      IMG,
      URL,
    ],
    [
      '"discover" is no cover',
      'image',
      inArticle('<div><img class="discover-badge" src="/img/quay.jpg" alt=""></div>'),
      undefined,
      URL,
    ],
    [
      'a cover-classed avatar stays out',
      'image',
      inArticle('<div><img class="avatar cover" src="/img/ann.jpg" alt=""></div>'),
      undefined,
      URL,
    ],
  ])('%s', check);
});
