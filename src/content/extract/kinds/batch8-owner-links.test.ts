// @vitest-environment jsdom
// Issue #14's eighth batch, owner links (session 12's left items 2 and 4): a user shown by the
// handle alone, vouched for by a user/name class, and a section mark that counts on the link and
// its nearest containers only, not on a WordPress `<article class="… category-news">`.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const H = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const USER_URL = 'https://blogs.example.org/annlee/posts/harbour-vote';
const SECTION_URL = 'https://blogs.example.org/news/2021/harbour-vote';
const headed = (link: string, article = '<article>'): string =>
  page(
    `<title>${H}</title>`,
    `<main>${article}<header><h1>${H}</h1><div class="info">${link}</div></header>${P}</article></main>`,
  );

describe('a handle-named owner link counts with a user/name class', () => {
  it.each<Case>([
    [
      'a username-classed link writing the handle',
      'authors',
      headed('<a class="username" href="/annlee">annlee</a>'),
      ['annlee'],
      USER_URL,
    ],
    [
      "the author class on the link's parent",
      'authors',
      headed('<span class="post-author"><a href="/annlee/">annlee</a></span>'),
      ['annlee'],
      USER_URL,
    ],
    [
      'a nickname class, an absolute link',
      'authors',
      headed('<a class="nick" href="https://blogs.example.org/annlee">annlee</a>'),
      ['annlee'],
      USER_URL,
    ],
    [
      'a profile class on a handle with digits',
      'authors',
      headed('<a class="profile-link" href="/ann_lee42">ann_lee42</a>'),
      ['ann_lee42'],
      'https://blogs.example.org/ann_lee42/posts/harbour-vote',
    ],
    [
      'a section link writing its path, no class: no author',
      'authors',
      headed('<a href="/news">news</a>'),
      [],
      SECTION_URL,
    ],
    [
      'a section link classed as a category: no author',
      'authors',
      headed('<a class="category-name" href="/news">news</a>'),
      [],
      SECTION_URL,
    ],
  ])('%s', check);
});

describe('a section mark counts on the link and its containers, not on the article', () => {
  it.each<Case>([
    [
      'WordPress: <article class="post category-news"> around a portrait owner link',
      'authors',
      headed(
        '<a href="/annlee"><img src="/a.jpg" width="32" height="32" alt="">Ann Lee</a>',
        '<article class="post type-post category-news tag-harbour">',
      ),
      ['Ann Lee'],
      USER_URL,
    ],
    [
      'a tag-classed article around a portrait link',
      'authors',
      headed(
        '<a class="user-name" href="/annlee"><img src="/a.jpg" alt="">Ann Lee</a>',
        '<article class="tag-quay">',
      ),
      ['Ann Lee'],
      USER_URL,
    ],
    [
      'a label-classed main section around a handle',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main class="label-blog"><h1>${H}</h1><p><a href="/@annlee">@annlee</a></p>${P}</main>`,
      ),
      ['annlee'],
      'https://blogs.example.org/@annlee/posts/harbour-vote',
    ],
    [
      'a kicker box two levels up still marks a section',
      'authors',
      headed('<div class="kicker"><span><a href="/annlee">Ann Lee</a></span></div>'),
      [],
      USER_URL,
    ],
    [
      'a category-classed link itself',
      'authors',
      headed(
        '<a class="category" href="/annlee"><img src="/a.jpg" width="32" height="32" alt="">Ann Lee</a>',
      ),
      [],
      USER_URL,
    ],
  ])('%s', check);
});
