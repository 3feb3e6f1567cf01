// @vitest-environment jsdom
// Issue #14's eighth batch, bylines and lead images: a byline that ends with the outlet the page
// names ("Ann Lee - detikNews"), members' profiles addressed by a query ("user?id=annlee"), and a
// featured image printed before the element that holds the post's text (Jnews).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const URL = 'https://harbourtimes.example.com/story/harbour-vote';

describe("a byline's trailing outlet is cut when the page names that outlet", () => {
  const bylined = (byline: string, site = 'detakNews'): string =>
    page(
      `<title>${T}</title><meta property="og:site_name" content="${site}">`,
      `<article><h1>${T}</h1>${byline}${P}</article>`,
    );
  it.each<Case>([
    [
      'Detik: "Ann Lee - detikNews"',
      'authors',
      bylined('<div class="detail__author">Ann Lee - detakNews</div>'),
      ['Ann Lee'],
    ],
    [
      'a pipe: "By Ann Lee | Harbour Times"',
      'authors',
      bylined('<p class="byline">By Ann Lee | Harbour Times</p>', 'Harbour Times'),
      ['Ann Lee'],
    ],
    [
      'a comma, "The" left out: "Ann Lee, Harbour Times"',
      'authors',
      bylined('<span class="author">Ann Lee, Harbour Times</span>', 'The Harbour Times'),
      ['Ann Lee'],
    ],
    [
      'a slash in a linked byline: "Ann Lee / Quay Post"',
      'authors',
      bylined(
        '<div class="author"><a href="/author/ann-lee/">Ann Lee / Quay Post</a></div>',
        'Quay Post',
      ),
      ['Ann Lee'],
    ],
    [
      'an em dash: "Ann Lee — Quay Post"',
      'authors',
      bylined('<div class="writer">Ann Lee — Quay Post</div>', 'Quay Post'),
      ['Ann Lee'],
    ],
    [
      'a part that is not the outlet stays a name part: "Ann Lee-Smith"',
      'authors',
      bylined('<div class="author">Ann Lee-Smith</div>', 'Smith'),
      ['Ann Lee-Smith'],
    ],
  ])('%s', check);
});

describe("a member's profile addressed by a query names the poster", () => {
  const thread = (first: string, second: string): string =>
    page(
      `<title>${T}</title>`,
      `<main><h1>${T}</h1><div class="post">${first}${P}</div><div class="post">${second}<p>A reply.</p></div></main>`,
    );
  it.each<Case>([
    [
      'Hacker News: "by <a href=user?id=annlee>"',
      'authors',
      thread(
        '<span class="subline">by <a href="user?id=annlee" class="hnuser">annlee</a></span>',
        '<a href="user?id=bob" class="hnuser">bob</a>',
      ),
      ['annlee'],
    ],
    [
      'vBulletin: member.php?u=12',
      'authors',
      thread(
        '<a class="username" href="member.php?u=12">Ann Lee</a>',
        '<a class="username" href="member.php?u=13">Bob</a>',
      ),
      ['Ann Lee'],
    ],
    [
      'phpBB: memberlist.php?mode=viewprofile&u=12',
      'authors',
      thread(
        '<p class="author">by <a href="./memberlist.php?mode=viewprofile&amp;u=12" class="username">annlee</a></p>',
        '<a href="./memberlist.php?mode=viewprofile&amp;u=13">bob</a>',
      ),
      ['annlee'],
    ],
    [
      'Discuz: home.php?mod=space&uid=12',
      'authors',
      thread(
        '<div class="authi"><a href="home.php?mod=space&amp;uid=12" class="xw1">annlee</a></div>',
        '<a href="home.php?mod=space&amp;uid=13">bob</a>',
      ),
      ['annlee'],
    ],
    [
      'an absolute Hacker News profile link',
      'authors',
      thread('by <a href="https://news.ycombinator.example.com/user?id=annlee">annlee</a>', ''),
      ['annlee'],
    ],
  ])('%s', check);
});

describe('a featured image printed before the post text is the lead image', () => {
  const IMG = 'https://harbourtimes.example.com/wp-content/uploads/2021/03/quay-750x375.jpg';
  const before = (featured: string): string =>
    page(
      `<title>${T}</title>`,
      `<div class="wrap"><div class="entry-header"><h1>${T}</h1></div>${featured}<div class="entry-content">${P}<p>More.</p></div></div>`,
    );
  it.each<Case>([
    [
      'Jnews: a lazy wp-post-image in .jeg_featured',
      'image',
      before(
        `<div class="jeg_featured featured_image"><a href="${IMG}"><div class="thumbnail-container"><img width="750" height="375" src="data:image/png;base64,iVBORw0KGgo=" class="lazyload wp-post-image" data-src="${IMG}"></div></a></div>`,
      ),
      IMG,
      URL,
    ],
    [
      'a post-thumbnail wrapper',
      'image',
      before(
        `<div class="post-thumbnail"><img src="${IMG}" width="750" height="375" alt=""></div>`,
      ),
      IMG,
      URL,
    ],
    [
      'a featured-image figure with a srcset',
      'image',
      before(`<figure class="featured-image"><img src="${IMG}" srcset="${IMG} 750w"></figure>`),
      IMG,
      URL,
    ],
    [
      'a hero block two levels up',
      'image',
      page(
        `<title>${T}</title>`,
        `<div class="page"><div class="hero"><img src="${IMG}" width="1200" height="600"></div><div class="body"><div class="entry-content">${P}<p>More.</p></div></div></div>`,
      ),
      IMG,
      URL,
    ],
    [
      'a bare img.wp-post-image before the text',
      'image',
      before(
        `<img src="${IMG}" class="attachment-large size-large wp-post-image" width="750" height="375">`,
      ),
      IMG,
      URL,
    ],
    [
      'a plain image before the text, not marked featured, is not taken',
      'image',
      before(`<div class="ad-box"><img src="${IMG}" width="750" height="375"></div>`),
      undefined,
      URL,
    ],
  ])('%s', check);
});
