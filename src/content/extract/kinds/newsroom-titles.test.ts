// @vitest-environment jsdom
// Issue #14's fault kinds on page structures modelled on real markup. Title decorations and repeated values (kinds 1-3 and 8) on CMS, newsroom, forum, docs and
// code-host pages.
import { describe, it } from 'vitest';
import { type Case, page, check, H } from './testing';

describe('kinds 1-3: repeated values, text as markup, schema.org shapes (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'jsonld unicode-escaped tags',
      'title',
      page(
        `<title>x</title><script type="application/ld+json">{"@type":"Article","headline":"Why \\u003cpicture\\u003e beats \\u003cimg\\u003e"}</script>`,
        '',
      ),
      'Why <picture> beats <img>',
    ],
    [
      'jsonld entity once',
      'title',
      page(
        `<title>x</title><script type="application/ld+json">{"@type":"Article","headline":"Why &lt;picture&gt; &amp;amp; more"}</script>`,
        '',
      ),
      'Why <picture> &amp; more',
    ],
    [
      'og:description with tag text',
      'description',
      page(
        `<title>x</title><meta property="og:description" content="Use the &lt;br&gt; tag sparingly">`,
        '',
      ),
      'Use the <br> tag sparingly',
    ],
    [
      'author = site name with person byline',
      'authors',
      page(
        `<title>${H}</title><meta name="author" content="Harbor News"><meta property="og:site_name" content="Harbor News">`,
        `<article><h1>${H}</h1><p class="byline">By Ann Lee</p></article>`,
      ),
      ['Ann Lee'],
    ],
  ])('%s', check);
});

describe('kind 8: title decorations (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'guardian two suffixes',
      'title',
      page(
        `<title>Spider-Man review – a thrilling ride | Film | The Guardian</title><meta property="og:site_name" content="the Guardian">`,
        `<h1>Spider-Man review – a thrilling ride</h1>`,
      ),
      'Spider-Man review – a thrilling ride',
    ],
    [
      'bbc prefix',
      'title',
      page(
        `<title>BBC News - ${H}</title><meta property="og:site_name" content="BBC News">`,
        `<h1>${H}</h1>`,
      ),
      H,
    ],
    [
      'ja 速報 kept',
      'title',
      page(
        `<title>【速報】港の採決延期：朝日新聞デジタル</title><meta property="og:site_name" content="朝日新聞デジタル">`,
        ``,
        'ja',
      ),
      '【速報】港の採決延期',
    ],
    [
      'zh underscore sina',
      'title',
      page(`<title>港口投票推迟_新浪新闻</title>`, `<h1>港口投票推迟</h1>`, 'zh'),
      '港口投票推迟',
    ],
    [
      'ko dash',
      'title',
      page(
        `<title>항구 투표 연기 - 조선일보</title><meta property="og:site_name" content="조선일보">`,
        ``,
        'ko',
      ),
      '항구 투표 연기',
    ],
    [
      'ru emdash',
      'title',
      page(
        `<title>Голосование отложено — РБК</title><meta property="og:site_name" content="РБК">`,
        ``,
        'ru',
      ),
      'Голосование отложено',
    ],
    [
      'section and site',
      'title',
      page(
        `<title>${H} - Politics - Harbor News</title><meta property="og:site_name" content="Harbor News">`,
        `<h1>${H}</h1>`,
      ),
      H,
    ],
    [
      'headline colon kept',
      'title',
      page(
        `<title>Harbour: the vote delayed again | Harbor News</title><meta property="og:site_name" content="Harbor News">`,
        ``,
      ),
      'Harbour: the vote delayed again',
    ],
    [
      'docs title with product',
      'title',
      page(
        `<title>Installation · Harbor Docs</title>`,
        `<header><a class="navbar-brand" href="/">Harbor Docs</a></header><main><h1>Installation</h1></main>`,
      ),
      'Installation',
    ],
    [
      'github-like title',
      'title',
      page(
        `<title>GitHub - annlee/harbour: A harbour simulator</title><meta property="og:site_name" content="GitHub">`,
        ``,
      ),
      'annlee/harbour: A harbour simulator',
    ],
  ])('%s', check);
});

describe('kind 8: title decorations on forums, docs and code hosts', () => {
  it.each<Case>([
    [
      'og:title carrying the site name',
      'title',
      page(
        `<title>${H} - Harbor News</title><meta property="og:title" content="${H} - Harbor News"><meta property="og:site_name" content="Harbor News">`,
        '',
      ),
      H,
    ],
    [
      'site name then slogan, same separator',
      'title',
      page(
        `<title>${H} | Harbor News | Local news since 1901</title><meta property="og:site_name" content="Harbor News">`,
        '',
      ),
      H,
    ],
    [
      'forum "::" with h1',
      'title',
      page(`<title>${H} :: Harbor Forums</title>`, `<div class="post"><h1>${H}</h1></div>`),
      H,
    ],
    [
      'Sphinx docs title',
      'title',
      page(
        `<title>Installation — Harbor 2.1 documentation</title>`,
        `<div class="body"><h1>Installation</h1></div>`,
      ),
      'Installation',
    ],
    [
      'Chinese 丨',
      'title',
      page(
        `<title>港口投票推迟丨南方周末</title><meta property="og:site_name" content="南方周末">`,
        '',
        'zh',
      ),
      '港口投票推迟',
    ],
    [
      'French dash with h1',
      'title',
      page(`<title>Le vote est reporté - Le Monde</title>`, `<h1>Le vote est reporté</h1>`, 'fr'),
      'Le vote est reporté',
    ],
    [
      'code host issue keeps its parts',
      'title',
      page(
        `<title>Crash on start · Issue #12 · annlee/harbour · GitHub</title><meta property="og:title" content="Crash on start · Issue #12 · annlee/harbour">`,
        '',
      ),
      'Crash on start · Issue #12 · annlee/harbour',
    ],
    [
      'journal title beside citation_title',
      'title',
      page(
        `<title>Harbour dynamics | Journal of Ports</title><meta name="citation_title" content="Harbour dynamics">`,
        '',
      ),
      'Harbour dynamics',
    ],
  ])('%s', check);
});
