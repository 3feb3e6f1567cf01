// @vitest-environment jsdom
// Issue #14's fault kinds on page structures modelled on real markup: bylines (kinds 4-6) on
// newsroom CMSs (Arc XP, Brightspot, Chorus, WordPress VIP) and hosted blogs. Outlets and wire
// services beside a person and bylines in other languages are in newsroom-bylines-outlets.test.ts.
import { describe, it } from 'vitest';
import { type Case, page, check, H, ld } from './testing';

describe('kinds 4-6: bylines glued, interface text, bylines in CMS markup (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'medium authorName @ path',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div><a data-testid="authorName" href="/@annlee?source=post_page">Ann Lee</a><span>Follow</span></div><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'medium @ link alone',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="pw-author"><a href="https://medium.com/@annlee?source=post_page-----">Ann Lee</a></div><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'substack byline',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article class="post"><h1 class="post-title">${H}</h1><div class="post-header"><div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.com/@annlee" class="pencraft">Ann Lee</a></div></div></div><div class="available-content"><p>x</p></div></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'arc people path',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="c-byline"><span>By </span><a href="/people/ann-lee/">Ann Lee</a></div><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'bbc contributor name',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName e8mq1e96">By Ann Lee</div><div class="ssrcss-84ltp5-Text e1j2237y0">BBC News, Cardiff</div></div><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'le monde signataires',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><span class="meta__author"><a class="article__author-link" href="/signataires/ann-lee/">Ann Lee</a></span><p>x</p></article>`,
        'fr',
      ),
      ['Ann Lee'],
    ],
    [
      'academic superscripts',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="authors"><span class="author">Ann Lee<sup>1</sup></span>, <span class="author">Bo Chen<sup>2,3</sup></span></div><p>x</p></article>`,
      ),
      ['Ann Lee', 'Bo Chen'],
    ],
    [
      'academic superscript asterisk',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="authors">Ann Lee<sup>1,*</sup>, Bo Chen<sup>2</sup> and Cy Diaz<sup>1</sup></p><p>x</p></article>`,
      ),
      ['Ann Lee', 'Bo Chen', 'Cy Diaz'],
    ],
    [
      'discourse creator username',
      'authors',
      page(
        `<title>${H}</title>`,
        `<div class="topic-body"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/annlee"><span itemprop="name">annlee</span></a></span></div>`,
      ),
      ['annlee'],
    ],
    [
      'docs edit link no author',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><article><h1>${H}</h1><p>x</p><a class="edit-this-page" href="https://github.com/org/repo/edit/main/docs/a.md">Edit this page</a></article></main>`,
      ),
      [],
    ],
    [
      'byline with twitter handle',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="byline">By Ann Lee <a href="https://twitter.com/annlee">@annlee</a></p><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'byline and role line',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="author-info"><span class="author-name">Ann Lee</span><span class="author-title">Senior Correspondent</span></div><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'spiegel von and',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="author">Von <a href="/impressum/autor-1">Ann Lee</a> und <a href="/impressum/autor-2">Bo Chen</a></div><p>x</p></article>`,
        'de',
      ),
      ['Ann Lee', 'Bo Chen'],
    ],
    [
      'ja reporter line',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="byline">山田太郎記者</p><p>x</p></article>`,
        'ja',
      ),
      ['山田太郎'],
    ],
    [
      'ru author',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="article__authors"><a class="article__author" href="/author/ivan">Иван Петров</a></div><p>x</p></article>`,
        'ru',
      ),
      ['Иван Петров'],
    ],
    [
      'es por',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="byline">Por <a href="/autor/ana-lopez/">Ana López</a></div><p>x</p></article>`,
        'es',
      ),
      ['Ana López'],
    ],
    [
      'author with "More by"',
      'authors',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="author-box"><a href="/author/ann-lee/">Ann Lee</a><a href="/author/ann-lee/">More by Ann Lee</a></div><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'jsonld author url only',
      'authors',
      page(
        `<title>${H}</title>` +
          ld({
            '@type': 'NewsArticle',
            headline: H,
            author: { '@type': 'Person', url: 'https://news.example.com/author/ann-lee/' },
          }),
        `<article><h1>${H}</h1><p class="byline">By Ann Lee</p><p>x</p></article>`,
      ),
      ['Ann Lee'],
    ],
    [
      'jsonld name language map',
      'authors',
      page(
        `<title>${H}</title>` +
          ld({
            '@type': 'NewsArticle',
            headline: H,
            author: { '@type': 'Person', name: { '@language': 'en', '@value': 'Ann Lee' } },
          }),
        '',
      ),
      ['Ann Lee'],
    ],
  ])('%s', check);
});
