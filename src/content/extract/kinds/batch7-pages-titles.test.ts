// @vitest-environment jsdom
// Issue #14's seventh batch, the title, site-name, author and image kinds: a heading's permalink
// glyph (Sphinx, MkDocs), a microdata headline on a wrapper around the heading (Zola), a logo alt
// that is only a generic word (Hugo Stack's "Avatar"), icon links whose only text is for screen
// readers (phpBB), and lead images only the page's markup states: a lazy player's data-poster, a
// `<picture>` whose sources lazy-load, and an image classed as the page's cover (Notion exports).
// This file: permalinks, microdata headlines, generic logo alts (split from batch7-pages.test.ts).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';

const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';

const URL = 'https://harbour.example.org/guide/vote';

const headed = (h1: string, title = `${T} — Harbour Guide`): string =>
  page(`<title>${title}</title>`, `<main><article>${h1}${P}</article></main>`);

describe("a heading's permalink is not part of the headline", () => {
  it.each<Case>([
    [
      'Sphinx: <a class="headerlink" href="#id">¶</a> implies the docs project as the site',
      'title',
      headed(
        `<h1>${T}<a class="headerlink" href="#harbour-vote" title="Link to this heading">¶</a></h1>`,
      ),
      T,
      URL,
    ],
    [
      'Sphinx: the site name the title then implies',
      'siteName',
      headed(`<h1>${T}<a class="headerlink" href="#harbour-vote">¶</a></h1>`),
      'Harbour Guide',
      URL,
    ],
    [
      'MkDocs: "¶" with a title, separated by a space',
      'title',
      headed(
        `<h1 id="vote">${T} <a class="headerlink" href="#vote" title="Permanent link">¶</a></h1>`,
        `${T} - Harbour Guide`,
      ),
      T,
      URL,
    ],
    [
      'Hugo docs themes: a trailing "#" anchor',
      'title',
      headed(
        `<h1 id="vote">${T} <a class="anchor" href="#vote" aria-hidden="true">#</a></h1>`,
        `${T} | Harbour Guide`,
      ),
      T,
      URL,
    ],
    [
      'a "§" permalink',
      'title',
      headed(`<h1>${T}<a href="#vote">§</a></h1>`, `${T} · Harbour Guide`),
      T,
      URL,
    ],
    [
      'docs themes: a "🔗" link',
      'title',
      headed(
        `<h1 id="vote">${T} <a class="heading-link" href="#vote">🔗</a></h1>`,
        `${T} - Harbour Guide`,
      ),
      T,
      URL,
    ],
    [
      '"C#" written by the heading itself stays',
      'title',
      headed('<h1>Learning C#</h1>', 'Learning C# — Harbour Guide'),
      'Learning C#',
      URL,
    ],
    [
      'a count linking to the comments is no permalink',
      'siteName',
      headed(`<h1>${T} <a href="#comments">3</a></h1>`),
      undefined,
      URL,
    ],
  ])('%s', check);
});

describe('a microdata headline on a wrapper is the heading inside it', () => {
  const item = (inner: string): string =>
    page(
      `<title>${T}</title>`,
      `<main><article itemscope itemtype="http://schema.org/BlogPosting">${inner}<div itemprop="articleBody">${P}</div></article></main>`,
    );
  it.each<Case>([
    [
      'Zola after-dark: <div itemprop=headline><h1>…</h1><time>',
      'title',
      item(
        `<div itemprop="headline"><h1>${T}</h1><div class="border"></div><time datetime="2021-03-15" class="date">15 Mar 2021</time></div>`,
      ),
      T,
    ],
    [
      'a header item holding the h2 and a deck',
      'title',
      item(
        `<header itemprop="headline name"><h2>${T}</h2><p class="deck">The board put it off again</p></header>`,
      ),
      T,
    ],
    [
      'a kicker before the h1 inside the headline wrapper',
      'title',
      item(`<div itemprop="headline"><span class="kicker">Harbour</span><h1>${T}</h1></div>`),
      T,
    ],
    [
      'an hgroup as the headline',
      'title',
      item(`<hgroup itemprop="headline"><h1>${T}</h1><p>The board put it off again</p></hgroup>`),
      T,
    ],
    [
      'a headline span without a heading is its own text',
      'title',
      item(`<h1><span itemprop="headline">${T}</span></h1>`),
      T,
    ],
    [
      'an h1 that is the headline property itself',
      'title',
      item(`<h1 itemprop="headline">${T}</h1><p class="date">15 Mar 2021</p>`),
      T,
    ],
    [
      'content attribute first',
      'title',
      item(`<div itemprop="headline" content="${T}"><h1>${T}: the full story</h1></div>`),
      T,
    ],
  ])('%s', check);
});

describe('a logo alt that is only a generic word is no site name', () => {
  const logo = (
    img: string,
    brand = '<h1 class="site-name"><a href="/">Harbour Notes</a></h1>',
  ): string =>
    page(
      `<title>${T} | Harbour Notes</title>`,
      `<aside class="sidebar"><header><figure class="site-avatar"><a href="/">${img}</a></figure>${brand}</header></aside><main><article><h2 class="article-title">${T}</h2>${P}</article></main>`,
    );
  it.each<Case>([
    [
      'Hugo Stack: alt "Avatar"',
      'siteName',
      logo('<img src="/avatar.png" class="site-logo" alt="Avatar" width="300">'),
      'Harbour Notes',
    ],
    [
      'alt "Site icon"',
      'siteName',
      logo('<img src="/icon.png" class="logo" alt="Site icon">'),
      'Harbour Notes',
    ],
    [
      'alt "Logo image"',
      'siteName',
      logo('<img src="/l.png" class="logo" alt="Logo image">'),
      'Harbour Notes',
    ],
    [
      'Stack: the title then loses the name',
      'title',
      logo('<img src="/avatar.png" class="site-logo" alt="Avatar">'),
      T,
    ],
    [
      '"Harbour Notes avatar" keeps the name',
      'siteName',
      logo('<img src="/a.png" class="logo" alt="Harbour Notes avatar">', ''),
      'Harbour Notes',
    ],
  ])('%s', check);
});
