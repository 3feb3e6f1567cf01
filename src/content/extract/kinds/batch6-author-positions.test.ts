// @vitest-environment jsdom
// Issue #14's sixth batch, the author kinds found by where the name stands (split from
// batch6-authors.test.ts, review F-kinds-3): a heading titling a byline region, a portrait beside
// its name (and, review F-kinds-1, one that is not the author), and the author as a bare part of
// a post's details line.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const at = (body: string, lang = 'en'): string =>
  page(`<title>${T}</title>`, `<main><article><h1>${T}</h1>${body}${P}</article></main>`, lang);
const URL = 'https://news.example.org/2021/harbour-vote';

describe('a heading titling a byline region is no name', () => {
  const simorgh = (heading: string, label: string, lang: string): string =>
    page(
      `<title>${T}</title>`,
      `<main role="main"><div><h1 id="content">${T}</h1></div><section aria-labelledby="article-byline" role="region"><h2 id="article-byline" class="bbc-1m7f8d5">${heading}</h2><ul role="list"><li><span role="text"><span class="bbc-m04vo2">${label},</span>Ann Lee</span></li><li><span role="text"><span class="bbc-m04vo2">Role,</span>BBC News</span></li></ul></section>${P}</main>`,
      lang,
    );
  it.each<Case>([
    [
      'BBC Simorgh in English',
      'authors',
      simorgh('Article information', 'Author', 'en'),
      ['Ann Lee'],
      URL,
    ],
    ['in Spanish', 'authors', simorgh('Información del artículo', 'Autor', 'es'), ['Ann Lee'], URL],
    ['in Russian', 'authors', simorgh('Информация о статье', 'Автор', 'ru'), ['Ann Lee'], URL],
    [
      'labelled by the grandparent',
      'authors',
      page(
        `<title>${T}</title>`,
        `<main><h1>${T}</h1><div aria-labelledby="byline-title"><div><h3 id="byline-title">About this story</h3></div><p>Author:<span>Ann Lee</span></p></div>${P}</main>`,
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'a byline-id heading titling nothing is still read',
      'authors',
      page(`<title>${T}</title>`, `<main><h1>${T}</h1><h4 id="byline">Ann Lee</h4>${P}</main>`),
      ['Ann Lee'],
      URL,
    ],
  ])('%s', check);
});

describe('a portrait beside its name', () => {
  it.each<Case>([
    [
      'Next.js blog-starter: rounded avatar and a div',
      'authors',
      at(
        '<div class="hidden md:block"><div class="flex items-center"><img src="/ann.jpeg" class="w-12 h-12 rounded-full mr-4" alt="Ann Lee"><div class="text-xl font-bold">Ann Lee</div></div></div>',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'Forem: avatar in a link, the name in a sibling block',
      'authors',
      at(
        '<div class="flex"><div class="relative"><a href="/annlee"><span class="crayons-avatar"><img src="/ann.png" width="40" height="40" alt="Ann Lee"></span></a></div><div class="pl-3"><a href="/annlee" class="crayons-link fw-bold">Ann Lee</a><p>Posted on <time datetime="2021-03-15">Mar 15</time></p></div></div>',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'MkDocs Material: profiles inside the sidebar nav',
      'authors',
      page(
        `<title>${T}</title>`,
        `<div class="md-sidebar md-sidebar--post"><nav class="md-nav md-nav--primary"><div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="/ann.png" alt="Ann Lee"></span><span class="md-profile__description"><strong>Ann Lee</strong><br>Maintainer</span></div><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="/bo.png" alt="Bo Chen"></span><span class="md-profile__description"><strong>Bo Chen</strong><br>Writer</span></div></div></nav></div><div class="md-content"><article class="md-content__inner md-typeset"><h1>${T}</h1>${P}</article></div>`,
      ),
      ['Ann Lee', 'Bo Chen'],
      URL,
    ],
    [
      'a declared 48 px image and a span',
      'authors',
      at(
        '<div><img src="/ann.jpg" width="48" height="48" alt="Ann Lee"><span>Ann Lee</span> · <time>March 15, 2021</time></div>',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'a teaser card repeating its title is no portrait',
      'authors',
      at(
        '<div class="card"><img src="/quay.jpg" width="600" height="400" alt="Quay Works Begin"><h3>Quay Works Begin</h3></div>',
      ),
      [],
      URL,
    ],
    [
      'a 16 px icon beside its one-word label is no portrait (Wikipedia)',
      'authors',
      at(
        '<ul><li><img alt="Portal" src="/portal.svg.png" width="16" height="14"> <a href="/wiki/Portal:Harbours">Portal</a></li><li><span><img alt="Harbour Board" src="/hb.png" width="16" height="16"></span><a href="/wiki/Harbour_Board">Harbour Board</a></li></ul>',
      ),
      [],
      URL,
    ],
    [
      "the signed-in reader's avatar in the site header is not",
      'authors',
      page(
        `<title>${T}</title>`,
        `<header class="site-header"><div class="user"><img class="avatar" src="/me.png" alt="Bo Chen"><span>Bo Chen</span></div></header><main><article><h1>${T}</h1>${P}</article></main>`,
      ),
      [],
      URL,
    ],
  ])('%s', check);
});

// Review F-kinds-1: a portrait beside a name that stands where no byline stands is someone the
// page quotes or presents, not its author.
describe('a portrait beside a name that is not the author', () => {
  const LONG = `<p>${'The harbour board met on Tuesday to discuss the northern quay and its future. '.repeat(8)}</p>`;
  it.each<Case>([
    [
      'a pull quote with a portrait and a cite',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1>${LONG}<div class="pullquote"><img src="/m.jpg" width="80" height="80" alt="Maria Lopez"><p>"We need more time."</p><cite>Maria Lopez</cite></div>${LONG}</article>`,
      ),
      [],
      URL,
    ],
    [
      'a quote figure with a portrait and its caption',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1>${LONG}<figure class="quote"><img src="/m.jpg" width="96" height="96" alt="Maria Lopez"><figcaption><span>Maria Lopez</span></figcaption></figure>${LONG}</article>`,
      ),
      [],
      URL,
    ],
    [
      "a landing page's testimonial card",
      'authors',
      page(
        '<title>Acme Tasks – plan your week</title>',
        `<main><h1>Plan your week with Acme Tasks</h1>${LONG}<div class="testimonials"><div class="card"><img class="rounded-circle" src="/a.jpg" width="64" height="64" alt="Jane Doe"><p>"Changed how our team works."</p><strong>Jane Doe</strong></div></div></main>`,
      ),
      [],
      URL,
    ],
    [
      "an interviewee's profile box under the headline",
      'authors',
      page(
        '<title>Ten questions for a harbour master</title>',
        `<article><h1>Ten questions for a harbour master</h1><div class="profile"><img src="/p.jpg" width="120" height="120" alt="Tom Berg"><p><b>Tom Berg</b></p></div>${LONG}</article>`,
      ),
      [],
      URL,
    ],
    [
      'but an author box further down still names the author',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1>${LONG}<div class="post-author"><img src="/m.jpg" width="64" height="64" alt="Maria Lopez"><strong>Maria Lopez</strong></div>${LONG}</article>`,
      ),
      ['Maria Lopez'],
      URL,
    ],
  ])('%s', check);
});

describe('the author as a bare part of a details line', () => {
  const line = (meta: string): string =>
    page(
      `<title>${T} | Harbour Notes</title>`,
      `<main><article class="post-single"><header class="post-header"><h1 class="post-title">${T}</h1>${meta}</header><div class="post-content">${P}</div></article></main>`,
    );
  it.each<Case>([
    [
      'Hugo PaperMod: date · reading time · author',
      'authors',
      line(
        '<div class="post-meta"><span title="2021-03-15 09:30:00 +0000 UTC">March 15, 2021</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Ann Lee</div>',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'PaperMod with two authors',
      'authors',
      line(
        '<div class="post-meta"><span>March 15, 2021</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Ann Lee, Bo Chen</div>',
      ),
      ['Ann Lee', 'Bo Chen'],
      URL,
    ],
    [
      'bullets in a post-info line',
      'authors',
      line('<p class="post-info">Ann Lee • 15 March 2021 • 4 minutes</p>'),
      ['Ann Lee'],
      URL,
    ],
    [
      'pipes in a meta span',
      'authors',
      line('<span class="meta">2021-03-15 | Ann Lee</span>'),
      ['Ann Lee'],
      URL,
    ],
    [
      'a linked category is not the author',
      'authors',
      line(
        '<div class="post-meta">March 15, 2021 · <a href="/categories/tech-news/">Tech News</a> · 5 min</div>',
      ),
      [],
      URL,
    ],
    [
      'a line without a date is not read',
      'authors',
      line('<div class="post-meta">Harbour Notes · Ann Lee</div>'),
      [],
      URL,
    ],
    [
      'two name-like parts are not guessed between',
      'authors',
      line('<div class="post-meta">March 15, 2021 · Tech News · Ann Lee</div>'),
      [],
      URL,
    ],
  ])('%s', check);
});
