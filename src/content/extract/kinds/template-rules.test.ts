// @vitest-environment jsdom
// The rules batch 5 (template-kinds.test.ts) led to, each with five or more small pages of
// different structures, and the pages each rule must leave alone.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const T = 'Harbour vote delayed';
const URL = 'https://notes.example.org/posts/harbour-vote/';
const IMG = 'https://cdn.example.org/quay-1600.jpg';
const img = `<img src="${IMG}" width="1600" height="900" alt="">`;

describe('a container holding the whole article does not exclude its lead image', () => {
  it.each<Case>([
    [
      'Substack: the post classed "newsletter-post"',
      'image',
      page(
        `<title>${T}</title>`,
        `<article class="newsletter-post post"><h1>${T}</h1><figure>${img}</figure>${P}</article>`,
      ),
      IMG,
      URL,
    ],
    [
      'a wrapper classed for its sidebar promo around the article',
      'image',
      page(
        `<title>${T}</title>`,
        `<div class="layout-with-promo"><article><h1>${T}</h1><figure>${img}</figure>${P}</article></div>`,
      ),
      IMG,
      URL,
    ],
    [
      'main as the root, classed "has-related-posts"',
      'image',
      page(
        `<title>${T}</title>`,
        `<main class="site-main has-related-posts"><h1>${T}</h1><div class="wp-block-image">${img}</div>${P}</main>`,
      ),
      IMG,
      URL,
    ],
    [
      'an articleBody root classed "subscriber-content"',
      'image',
      page(
        `<title>${T}</title>`,
        `<h1>${T}</h1><div itemprop="articleBody" class="subscriber-content">${img}${P}</div>`,
      ),
      IMG,
      URL,
    ],
    [
      'still excluded: a newsletter box inside the article, before the picture',
      'image',
      page(
        `<title>${T}</title>`,
        `<article class="newsletter-post"><h1>${T}</h1><div class="newsletter-signup"><img src="https://cdn.example.org/signup.jpg" width="600" height="400" alt=""></div><figure>${img}</figure>${P}</article>`,
      ),
      IMG,
      URL,
    ],
    [
      'still excluded: a related-stories teaser inside the article, no picture of its own',
      'image',
      page(
        `<title>${T}</title>`,
        `<article class="post"><h1>${T}</h1>${P}<div class="related-posts"><img src="https://cdn.example.org/other.jpg" width="600" height="400" alt=""></div></article>`,
      ),
      undefined,
      URL,
    ],
  ])('%s (%s)', check);
});

describe('a "By" line beside the headline, without byline markup', () => {
  it.each<Case>([
    [
      'Hugo Ananke: "By <strong>" in a p after the h1',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><header><h1>${T}</h1><p class="tracked">By <strong>Ann Lee</strong></p></header>${P}</article>`,
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'a Jekyll layout: "by Ann Lee<br><time>" in a p after the header',
      'authors',
      page(
        `<title>${T}</title>`,
        `<div class="post"><header><h1>${T}</h1></header><p>by Ann Lee<br><time>Mar 15, 2021</time></p><hr>${P}</div>`,
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'German: "Von … und …" two levels out of a title wrapper',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><div class="head"><div class="title"><h1>${T}</h1></div></div><div class="meta"><span>Von Ann Lee und Bo Chen</span></div>${P}</article>`,
        'de',
      ),
      ['Ann Lee', 'Bo Chen'],
      URL,
    ],
    [
      '"Written by" a link to the about page, a deck h2 between',
      'authors',
      page(
        `<title>${T}</title>`,
        `<main><h1>${T}</h1><h2>The board waits for the survey</h2><p>Written by <a href="/about/">Ann Lee</a></p>${P}</main>`,
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'French: "Par" in a div, a particle in the name',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1><div class="infos">Par Anne de la Tour</div>${P}</article>`,
        'fr',
      ),
      ['Anne de la Tour'],
      URL,
    ],
    [
      'no byline: a German deck "Von Hamburg nach Berlin"',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1><p>Von Hamburg nach Berlin</p>${P}</article>`,
        'de',
      ),
      [],
      URL,
    ],
    [
      'no byline: a short first sentence opening "By the time"',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1><p>By the time the board met, the quay had closed.</p>${P}</article>`,
      ),
      [],
      URL,
    ],
    [
      'no byline: "By" far below the headline',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1>${P}${P}${P}${P}<p>By Ann Lee</p></article>`,
      ),
      [],
      URL,
    ],
  ])('%s (%s)', check);
});

describe('a credit line names the writer only when it opens with a byline word', () => {
  it.each<Case>([
    [
      'Kompas: "Penulis" then a link, the editor on the next credit item',
      'authors',
      page(
        `<title>${T}</title>`,
        `<div class="read__content">${P}</div><div class="read__credit clearfix"><div class="read__credit__item" id="penulis">Penulis <a href="https://www.example.co.id/tag/ann-lee">Ann Lee</a></div><div class="read__credit__item" id="editor">Editor <a href="https://www.example.co.id/tag/bo-chen">Bo Chen</a></div></div>`,
        'id',
      ),
      ['Ann Lee'],
      'https://news.example.co.id/read/2021/03/15/09300011/harbour',
    ],
    [
      'a photo credit before the article credit is skipped',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1><figure><img src="/quay.jpg" width="800" height="500" alt=""><figcaption class="photo-credit">Foto: Bo Chen</figcaption></figure><p class="article-credit">By Ann Lee</p>${P}</article>`,
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      '"Words by" in a credits block',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1>${P}<div class="credits"><span>Words by</span> <a href="/about/">Ann Lee</a></div></article>`,
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'German: "Text von" in a story credit',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1><span class="story-credit">Text von Ann Lee</span>${P}</article>`,
        'de',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'Indonesian: "Penulis:" with its colon, no link',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1>${P}<p class="credit-line">Penulis: Ann Lee</p></article>`,
        'id',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'no author: a photo credit alone',
      'authors',
      page(
        `<title>${T}</title>`,
        `<article><h1>${T}</h1><div class="image-credit">Photo by Bo Chen</div>${P}</article>`,
      ),
      [],
      URL,
    ],
  ])('%s (%s)', check);
});
