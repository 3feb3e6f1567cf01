// @vitest-environment jsdom
// Issue #14's fault kinds on page structures modelled on real markup. Lead images only in the content (kind 9), and images that are not the lead.
import { describe, it } from 'vitest';
import { type Case, page, check, H, ARTICLE, A, ld } from './testing';

describe('kind 9: lead image only in the content (or in head microdata)', () => {
  it.each<Case>([
    [
      'meta itemprop=image in head, no itemscope (snippet markup)',
      'image',
      page(
        '<title>Harbour vote delayed</title><meta itemprop="name" content="Harbour vote delayed"><meta itemprop="image" content="/img/lead.jpg">',
        ARTICLE,
      ),
      'https://news.example.com/img/lead.jpg',
    ],
    [
      'meta itemprop=image in head under <html itemscope>',
      'image',
      '<html itemscope itemtype="http://schema.org/Article"><head><title>T</title><meta itemprop="image" content="https://cdn.example.net/lead.jpg"></head><body></body></html>',
      'https://cdn.example.net/lead.jpg',
    ],
    [
      'meta itemprop=image of a body teaser is not the page image',
      'image',
      page(
        '<title>T</title>',
        '<aside><div itemscope itemtype="https://schema.org/Article"><meta itemprop="image" content="/teaser.jpg"><meta itemprop="headline" content="Other"></div></aside>',
      ),
      undefined,
    ],
  ])('%s', check);
});

describe('kind 9: lead image only in the content (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'medium picture no img src',
      'image',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><figure><div><picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*abc.jpeg 640w, https://miro.medium.com/v2/resize:fit:1400/format:webp/1*abc.jpeg 1400w" sizes="700px" type="image/webp"><img alt="" width="700" height="467" loading="eager" role="presentation"></picture></div></figure><p>x</p></article>`,
      ),
      'https://miro.medium.com/v2/resize:fit:1400/format:webp/1*abc.jpeg',
    ],
    [
      'substack image2',
      'image',
      page(
        `<title>${H}</title>`,
        `<div class="available-content"><div class="body markup"><div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" href="https://substackcdn.com/image/fetch/f_auto/https%3A%2F%2Fbucket%2Fa.jpeg"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_424/a.webp 424w, https://substackcdn.com/image/fetch/w_1456/a.webp 1456w" sizes="100vw"><img src="https://substackcdn.com/image/fetch/w_1456,c_limit/a.jpeg" width="1456" height="971" class="sizing-normal" alt="" loading="lazy"></picture></div></a></figure></div><p>Text</p><p>More</p></div></div>`,
      ),
      'https://substackcdn.com/image/fetch/w_1456,c_limit/a.jpeg',
    ],
    [
      'squarespace data-image-dimensions',
      'image',
      page(
        `<title>${H}</title>`,
        `<article><div class="sqs-block image-block"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5a/photo.jpg" data-image="https://images.squarespace-cdn.com/content/v1/5a/photo.jpg" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="https://images.squarespace-cdn.com/content/v1/5a/photo.jpg?format=1000w"></div></div><p>x</p></article>`,
      ),
      'https://images.squarespace-cdn.com/content/v1/5a/photo.jpg',
    ],
    [
      'figure img without sizes',
      'image',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><figure><img src="/uploads/harbour.jpg" alt="The harbour"><figcaption>The harbour at dawn.</figcaption></figure><p>The council met.</p></article>`,
      ),
      'https://news.example.com/uploads/harbour.jpg',
    ],
    [
      'wordpress url size hint',
      'image',
      page(
        `<title>${H}</title>`,
        `<div class="entry-content"><p><img class="aligncenter" src="/wp-content/uploads/2016/05/harbour-1024x683.jpg" alt=""></p><p>The council met.</p></div>`,
      ),
      'https://news.example.com/wp-content/uploads/2016/05/harbour-1024x683.jpg',
    ],
    [
      'ghost header srcset',
      'image',
      page(
        `<title>${H}</title>`,
        `<main><article class="article post"><header class="article-header gh-canvas"><h1>${H}</h1><figure class="article-image"><img srcset="/content/images/size/w300/2023/01/a.jpg 300w, /content/images/size/w2000/2023/01/a.jpg 2000w" src="/content/images/size/w2000/2023/01/a.jpg" alt=""></figure></header><section class="gh-content"><p>x</p></section></article></main>`,
      ),
      'https://news.example.com/content/images/size/w2000/2023/01/a.jpg',
    ],
    [
      'small figure icon not taken',
      'image',
      page(
        `<title>${H}</title>`,
        `<article><p>x</p><figure><img src="/img/share.png" width="24" height="24"></figure></article>`,
      ),
      undefined,
    ],
    [
      'nextjs srcset query widths',
      'image',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><img alt="" srcset="/_next/image?url=%2Fimg%2Fa.jpg&amp;w=640&amp;q=75 640w, /_next/image?url=%2Fimg%2Fa.jpg&amp;w=1920&amp;q=75 1920w" src="/_next/image?url=%2Fimg%2Fa.jpg&amp;w=1920&amp;q=75" decoding="async" data-nimg="fill"><p>x</p></article>`,
      ),
      'https://news.example.com/_next/image?url=%2Fimg%2Fa.jpg&w=1920&q=75',
    ],
    [
      'data-src lazy, x descriptors, in figure',
      'image',
      page(
        `<title>${H}</title>`,
        `<div class="article-body"><figure class="image"><img class="lazyload" src="/placeholder.gif" data-src="/photos/harbour.jpg" data-srcset="/photos/harbour.jpg 1x, /photos/harbour@2x.jpg 2x" alt=""></figure><p>a</p></div>`,
      ),
      'https://news.example.com/photos/harbour.jpg',
    ],
  ])('%s', check);
});

describe('kind 9: lead image: figures, and what is not the lead', () => {
  it.each<Case>([
    [
      'first figure after a small icon',
      'image',
      A(
        '<img src="/i/share.svg" width="16" height="16"><figure><img src="/photos/lead.jpg" alt=""></figure>',
      ),
      'https://news.example.com/photos/lead.jpg',
    ],
    [
      'x-descriptor srcset with a width attribute',
      'image',
      A(
        '<img src="/photos/lead.jpg" srcset="/photos/lead.jpg 1x, /photos/lead@2x.jpg 2x" width="640" height="360">',
      ),
      'https://news.example.com/photos/lead.jpg',
    ],
    [
      'a CSS background is not read',
      'image',
      A('<div class="hero" style="background-image:url(/photos/hero.jpg)"></div>'),
      undefined,
    ],
    [
      'JSON-LD ImageObject list',
      'image',
      page(
        `<title>${H}</title>` +
          ld({
            '@type': 'NewsArticle',
            headline: H,
            image: [{ '@type': 'ImageObject', url: '/img/a-16x9.jpg', width: 1600 }],
          }),
        '',
      ),
      'https://news.example.com/img/a-16x9.jpg',
    ],
    [
      'video poster in a figure',
      'image',
      A('<figure><video poster="/v/poster.jpg" src="/v/a.mp4"></video></figure>'),
      'https://news.example.com/v/poster.jpg',
    ],
    [
      'an embedded player is not an image',
      'image',
      A('<iframe src="https://www.youtube.com/embed/abc" width="560" height="315"></iframe>'),
      undefined,
    ],
    [
      'an author avatar in a figure',
      'image',
      A('<figure class="author-avatar"><img src="/u/ann.jpg"></figure>'),
      undefined,
    ],
    [
      'a spacer gif in a figure',
      'image',
      A('<figure><img src="/img/spacer.gif"></figure>'),
      undefined,
    ],
  ])('%s', check);
});
