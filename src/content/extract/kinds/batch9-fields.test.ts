// @vitest-environment jsdom
// Issue #14's ninth batch, titles, site names, dates and lead images: a wrapper holding a whole
// headline is no forum label before it (Drupal's `field--label-hidden` title span), Typepad's
// `#banner` is the page's header, NLM citation dates ("2021 Mar 15": PubMed), and a size-less
// image is the lead when a schema.org ImageObject item (AEM) or a cover-named wrapper (Drupal's
// hero image field) holds it.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const URL = 'https://quay.example.org/news/harbour-vote-delayed';
const titled = (h1: string, title = `${T} | Quay Council`): string =>
  page(`<title>${title}</title>`, `<main><h1>${h1}</h1><article>${P}${P}</article></main>`);

describe('a wrapper holding the whole headline is no label before it', () => {
  it.each<Case>([
    [
      "Drupal's title field span",
      'title',
      titled(
        `<span class="field field--name-title field--type-string field--label-hidden">${T}</span>`,
      ),
      T,
    ],
    [
      'the same span, spaced differently from <title>',
      'title',
      titled(`<span class="field--label-hidden">\n  ${T}\n</span>`),
      T,
    ],
    [
      'a badge-classed wrapper of the whole title',
      'title',
      titled(`<span class="badge-title">${T}</span>`),
      T,
    ],
    [
      "XenForo's label before the title is still cut",
      'title',
      titled(`<span class="label label--green">Solved</span> ${T}`, `Solved - ${T} | Quay Forum`),
      T,
    ],
    [
      'Drupal: the site name the title implies',
      'siteName',
      titled(`<span class="field field--name-title field--label-hidden">${T}</span>`),
      'Quay Council',
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});

describe("Typepad's #banner is the page's header", () => {
  const typepad = (banner: string, title = `Quay Notes: ${T}`): string =>
    page(
      `<title>${title}</title>`,
      `<div id="container">${banner}<div id="alpha"><div class="entry"><h3 class="entry-header">${T}</h3><div class="entry-content">${P}</div></div></div></div>`,
    );
  const BANNER =
    '<div id="banner"><h1 id="banner-header"><a href="/quay/">Quay Notes</a></h1></div>';
  it.each<Case>([
    ["the banner's h1 is the site's name", 'siteName', typepad(BANNER), 'Quay Notes'],
    ['the title loses "Quay Notes: "', 'title', typepad(BANNER), T],
    ['a pipe after the headline', 'title', typepad(BANNER, `${T} | Quay Notes`), T],
    [
      "the h1 is not the post's headline",
      'title',
      typepad(
        '<div id="banner"><h1><a href="/quay/">Quay Notes</a></h1><h2>Notes from the harbour</h2></div>',
      ),
      T,
    ],
    [
      'an ad banner is no page header: its h1 stays the headline',
      'title',
      page(`<title>${T}</title>`, `<div id="banner-ad"><h1>${T}</h1></div><article>${P}</article>`),
      T,
    ],
  ])('%s', (...row) => {
    check(
      row[0],
      row[1],
      row[2],
      row[3],
      'https://annlee.typepad.example.com/quay/2021/03/vote.html',
    );
  });
});

describe('a year, a month name and a day: NLM citation dates', () => {
  const dated = (head: string, body = ''): string =>
    page(`<title>${T}</title>${head}`, `<article><h1>${T}</h1>${body}${P}</article>`);
  it.each<Case>([
    [
      "PubMed's citation_date",
      'datePublished',
      dated('<meta name="citation_date" content="2021 Mar 15">'),
      '2021-03-15',
    ],
    [
      'a month written whole',
      'datePublished',
      dated('<meta name="dc.date" content="2021 March 15">'),
      '2021-03-15',
    ],
    [
      "a journal's citation line in a date element",
      'datePublished',
      dated('', '<div class="article-date">2021 Mar 15;12(3):45-67.</div>'),
      '2021-03-15',
    ],
    [
      'a day-first date still reads',
      'datePublished',
      dated('<meta name="citation_date" content="15 Mar 2021">'),
      '2021-03-15',
    ],
    [
      'no day: no date',
      'datePublished',
      dated('<meta name="citation_date" content="2021 Mar">'),
      undefined,
    ],
    [
      'a day the month lacks: no date',
      'datePublished',
      dated('<meta name="citation_date" content="2021 Feb 30">'),
      undefined,
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], 'https://pubmed.example.org/33700000/');
  });
});

describe('a size-less image in an ImageObject item or a cover-named wrapper is the lead', () => {
  const body = (image: string): string =>
    page(
      `<title>${T}</title>`,
      `<main><article><h1>${T}</h1>${image}${P}${P}${P}</article></main>`,
    );
  const Q = 'https://quay.example.org/media/quay.jpeg';
  it.each<Case>([
    [
      "AEM's core image component",
      'image',
      body(
        `<div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="${Q}" loading="lazy" class="cmp-image__image" itemprop="contentUrl" alt="The quay"></div>`,
      ),
      Q,
    ],
    [
      'a microdata ImageObject (https)',
      'image',
      body(
        `<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img itemprop="url" src="${Q}" alt=""></div>`,
      ),
      Q,
    ],
    [
      "Drupal's hero image field",
      'image',
      body(
        `<div class="field field--name-field-hero-image"><img src="${Q}?itok=x" alt="Quay"></div>`,
      ),
      `${Q}?itok=x`,
    ],
    [
      'a featured-image wrapper two levels up',
      'image',
      body(`<div class="featured-image"><a href="${Q}"><img src="${Q}" alt=""></a></div>`),
      Q,
    ],
    [
      "an author's portrait marked as the Person's ImageObject is not (review F-kinds-1)",
      'image',
      body(
        `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img itemprop="url" src="${Q}"></span> <span itemprop="name">Ann Lee</span></div>`,
      ),
      undefined,
    ],
    [
      'a size-less image in a plain block is not',
      'image',
      body(`<div class="photo-box"><img src="${Q}" alt=""></div>`),
      undefined,
    ],
    [
      'an icon format in an ImageObject is not',
      'image',
      body(
        '<div itemscope itemtype="http://schema.org/ImageObject"><img src="https://quay.example.org/media/badge.png" alt=""></div>',
      ),
      undefined,
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});

describe('a date marked datePublished is the publication, whatever its line is classed', () => {
  const dated = (line: string): string =>
    page(`<title>${T}</title>`, `<article><h1>${T}</h1>${line}${P}</article>`);
  const G1 =
    '<time itemprop="datePublished" datetime="2021-03-15T12:30:00.000Z">15/03/2021 09h30</time>';
  it.each<Case>([
    [
      'g1: inside the line classed as the update, before "Atualizado há 2 anos"',
      'datePublished',
      dated(`<p class="content-publication-data__updated">${G1} Atualizado há 2 anos</p>`),
      '2021-03-15T12:30:00.000Z',
    ],
    [
      'a modified-classed wrapper',
      'datePublished',
      dated(`<div class="post-modified"><span>${G1}</span></div>`),
      '2021-03-15T12:30:00.000Z',
    ],
    [
      'a "Last updated" label before a published mark',
      'datePublished',
      dated(`<p class="meta">Last updated ${G1}</p>`),
      '2021-03-15T12:30:00.000Z',
    ],
    [
      'a content attribute inside an updated-classed span',
      'datePublished',
      dated(
        '<span class="updated"><span itemprop="datePublished" content="2021-03-15">March 15, 2021</span></span>',
      ),
      '2021-03-15',
    ],
    [
      'an unmarked time in an updated line is still no publication',
      'datePublished',
      dated('<p class="updated-line"><time datetime="2021-03-16T10:00:00Z">16/03/2021</time></p>'),
      undefined,
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});
