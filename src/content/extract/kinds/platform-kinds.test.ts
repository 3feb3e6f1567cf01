// @vitest-environment jsdom
// Issue #14's fault kinds on a third batch of page structures (session 8): hosted blogs
// (Blogger, Ghost), CJK portals' tight separators and Arabic news pages. Each case failed before
// the rule it names.
import { describe, it } from 'vitest';
import { type Case, check, H, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const BLOGGER = page(
  `<title>Harbour Notes: ${H}</title>`,
  `<div class="header-outer"><div id="header"><h1 class="title"><a href="https://harbournotes.blogspot.com/">Harbour Notes</a></h1></div></div><div class="date-outer"><h2 class="date-header"><span>Monday, March 15, 2021</span></h2><div class="post hentry"><h3 class="post-title entry-title">${H}</h3><div class="post-body entry-content">${P}<div class="separator"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/quay.jpg"><img data-original-height="1067" data-original-width="1600" src="https://blogger.googleusercontent.com/img/b/R29v/s320/quay.jpg" width="320"></a></div>${P}</div></div></div>`,
);
const BLOG_URL = 'https://harbournotes.blogspot.com/2021/03/harbour-vote-delayed.html';
const JP = page(
  '<title>港の投票延期：地域ニュース：港新聞オンライン</title>',
  '<article><h1>港の投票延期</h1><p>港湾委員会は火曜日、北側の岸壁の拡張について議論するために会合を開きました。</p></article>',
  'ja',
);
const CN = page(
  '<title>港口投票推迟-新闻频道-港口网</title>',
  '<div class="main"><h1>港口投票推迟</h1><div class="content"><p>港口委员会周二开会讨论北码头的扩建问题，居民多年来一直以噪音和交通为由反对该项目。</p></div></div>',
  'zh',
);
const AR = (meta: string): string =>
  page(
    '<title>تأجيل التصويت على الميناء - أخبار الميناء</title>',
    `<article><h1>تأجيل التصويت على الميناء</h1>${meta}<p>اجتمع مجلس الميناء يوم الثلاثاء لمناقشة توسيع الرصيف الشمالي الذي يعارضه السكان منذ سنوات.</p></article>`,
    'ar',
  );

describe('kind 8: "Blog: Story" titles and tight CJK sections', () => {
  it.each<Case>([
    ['Blogger: the blog name before a colon goes', 'title', BLOGGER, H, BLOG_URL],
    ['Japanese "Story：Section：Site"', 'title', JP, '港の投票延期'],
    ['Chinese "Story-Section-Site"', 'title', CN, '港口投票推迟'],
    [
      "a headline's own colon stays",
      'title',
      page(
        '<title>Xbox review: a console that keeps up | Harbor Tech</title>',
        '<article><h1>Xbox review: a console that keeps up</h1></article>',
      ),
      'Xbox review: a console that keeps up',
    ],
  ])('%s', check);
});

describe('kind 10: the site name those titles imply', () => {
  it.each<Case>([
    [
      "Blogger: the header h1, the post's h3 repeating the rest",
      'siteName',
      BLOGGER,
      'Harbour Notes',
      BLOG_URL,
    ],
    ['Japanese: the last full-width part', 'siteName', JP, '港新聞オンライン'],
    ['Chinese: the last part after a hyphen', 'siteName', CN, '港口网'],
    [
      "Ghost: the header's logo link text",
      'siteName',
      page(
        `<title>${H}</title>`,
        `<header class="site-header"><a class="site-nav-logo" href="https://harbour.ghost.io">Harbour Notes</a></header><main><article><h1>${H}</h1>${P}</article></main>`,
      ),
      'Harbour Notes',
      'https://harbour.ghost.io/harbour-vote-delayed/',
    ],
  ])('%s', check);
});

describe('kinds 6-7: Arabic bylines and dates', () => {
  it.each<Case>([
    [
      '"بقلم:" is the byline label',
      'authors',
      AR('<div class="author">بقلم: أحمد علي</div>'),
      ['أحمد علي'],
    ],
    ['"كتب:" too', 'authors', AR('<div class="byline">كتب: أحمد علي</div>'), ['أحمد علي']],
    [
      'an Arabic month name',
      'datePublished',
      AR('<div class="date">15 مارس 2021</div>'),
      '2021-03-15',
    ],
    ['with hamza', 'datePublished', AR('<div class="date">3 أكتوبر 2021</div>'), '2021-10-03'],
  ])('%s', check);
});
