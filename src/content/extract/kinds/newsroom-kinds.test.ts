// @vitest-environment jsdom
// Issue #14's fault kinds on a third set of page structures, modelled on the markup of
// newsroom CMSs (Arc XP, Brightspot, Chorus, WordPress VIP), hosted blogs (Medium, Substack,
// Ghost, Squarespace, Blogger), docs and forum software, and news sites in other languages.
import { describe, expect, it } from 'vitest';
import { extract, ld } from './testing';

const page = (head: string, body: string, lang = 'en'): string =>
  `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

type Field = 'title' | 'authors' | 'siteName' | 'datePublished' | 'image' | 'description';
type Case = [name: string, field: Field, html: string, expected: unknown, url?: string];

function check(...[, field, html, expected, url]: Case): void {
  const meta = extract(html, url);
  expect(field === 'authors' ? meta.authors.map((a) => a.name) : meta[field]).toEqual(expected);
}

const H = 'Harbour vote delayed';
const ARTICLE = '<article><h1>Harbour vote delayed</h1><p>The council met.</p></article>';

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

describe('kind 10: site name only implied', () => {
  it.each<Case>([
    [
      'microdata WebSite name',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>',
        '<div itemscope itemtype="https://schema.org/WebSite"><meta itemprop="name" content="Harbor News"><link itemprop="url" href="/"></div>' +
          ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'JSON-LD Organization at the site root, alone',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({
            '@context': 'https://schema.org',
            '@type': 'NewsMediaOrganization',
            name: 'Harbor News',
            url: 'https://www.news.example.com/',
            logo: 'https://news.example.com/logo.png',
          }),
        ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'JSON-LD Organization at the root beside an article without publisher',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({ '@type': 'NewsArticle', headline: 'Harbour vote delayed' }) +
          ld({ '@type': 'Organization', name: 'Harbor News', url: 'https://news.example.com' }),
        ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'microdata Organization at the root in the header',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>',
        '<header itemscope itemtype="https://schema.org/Organization"><a itemprop="url" href="/"><img itemprop="logo" src="/logo.svg" alt=""></a><meta itemprop="name" content="Harbor News"></header>' +
          ARTICLE,
      ),
      'Harbor News',
    ],
    [
      'an Organization at another host is not the site',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({ '@type': 'Organization', name: 'Ad Partner', url: 'https://partner.example.org/' }),
        ARTICLE,
      ),
      undefined,
    ],
    [
      'an Organization at a deeper path is not the site',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({
            '@type': 'Organization',
            name: 'City Council',
            url: 'https://news.example.com/topics/council/',
          }),
        ARTICLE,
      ),
      undefined,
    ],
    [
      'og:site_name outranks the root Organization',
      'siteName',
      page(
        '<title>Harbour vote delayed</title><meta property="og:site_name" content="Harbor News">' +
          ld({ '@type': 'Organization', name: 'Harbor Media Group Inc.', url: '/' }),
        ARTICLE,
      ),
      'Harbor News',
    ],
  ])('%s', check);
});

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

describe('kind 7: dates written for people (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'medium storyPublishDate',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div><span data-testid="storyPublishDate">May 24, 2016</span></div><p>x</p></article>`,
      ),
      '2016-05-24',
    ],
    [
      'blogger date-header',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<div class="date-outer"><h2 class="date-header"><span>Tuesday, May 24, 2016</span></h2><div class="post hentry"><h3 class="post-title">${H}</h3><div class="post-body entry-content"><p>x</p></div></div></div>`,
      ),
      '2016-05-24',
    ],
    [
      'ja time no datetime 時分',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><time>2016年5月24日 10時30分</time><p>x</p></article>`,
        'ja',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'zh date span',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<div class="post_info"><span class="date">2016-05-24 10:30:00</span>\u3000来源：<a>新华社</a></div><div class="article"><h1>${H}</h1><p>x</p></div>`,
        'zh-CN',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'ko am pm',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><span class="date">입력 2016.05.24 오후 3:30</span><p>x</p></article>`,
        'ko',
      ),
      '2016-05-24T15:30:00',
    ],
    [
      'fr publié le à',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="meta__date">Publié le 24 mai 2016 à 10h30</p><p>x</p></article>`,
        'fr',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'de veröffentlicht am',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="date">Veröffentlicht am 24. Mai 2016</p><p>x</p></article>`,
        'de',
      ),
      '2016-05-24',
    ],
    [
      'ru в',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="article__date">24 мая 2016 в 10:30</div><p>x</p></article>`,
        'ru',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'es fecha with zone',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="fecha">24 may 2016 - 10:30 CEST</div><p>x</p></article>`,
        'es',
      ),
      '2016-05-24T10:30:00+02:00',
    ],
    [
      'body meta itemprop datePublished no scope',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><meta itemprop="datePublished" content="2016-05-24T10:30:00+02:00"><p>x</p></article>`,
      ),
      '2016-05-24T10:30:00+02:00',
    ],
    [
      'url yyyymmdd',
      'datePublished',
      page(`<title>${H}</title>`, `<article><h1>${H}</h1><p>x</p></article>`),
      '2016-05-24',
      'https://news.example.com/articles/20160524-OYT1T50001/',
    ],
    [
      'url yyyy-mm-dd',
      'datePublished',
      page(`<title>${H}</title>`, `<article><h1>${H}</h1><p>x</p></article>`),
      '2016-05-24',
      'https://news.example.com/news/2016-05-24/harbour-vote',
    ],
    [
      'weekday only no date',
      'datePublished',
      page(`<title>${H}</title>`, `<article><h1>${H}</h1><time>Tuesday</time><p>x</p></article>`),
      undefined,
    ],
    [
      'drupal submitted',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="submitted">Submitted by ann on Tue, 05/24/2016 - 10:30</div><p>x</p></article>`,
      ),
      '2016-05-24T10:30:00',
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

describe('kind 10: site name only implied (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'title suffix w/o h1 match but host',
      'siteName',
      page(`<title>${H} | Harbor News</title>`, `<p>x</p>`),
      'Harbor News',
      'https://www.harbornews.com/a/1',
    ],
    [
      'footer copyright',
      'siteName',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p>x</p></article><footer><p>© 2016 Harbor News. All rights reserved.</p></footer>`,
      ),
      'Harbor News',
    ],
    [
      'meta publisher',
      'siteName',
      page(`<title>${H}</title><meta name="publisher" content="Harbor News">`, `<h1>${H}</h1>`),
      'Harbor News',
    ],
    [
      'site name = title never',
      'siteName',
      page(
        `<title>${H}</title><meta name="application-name" content="${H}">`,
        `<article><h1>${H}</h1></article>`,
      ),
      undefined,
    ],
  ])('%s', check);
});

// An article page with `body` between its headline and its text.
const A = (body: string, lang = 'en'): string =>
  page(
    `<title>${H}</title>`,
    `<article><h1>${H}</h1>${body}<p>The council met on Monday.</p></article>`,
    lang,
  );
const withFooter = (html: string, footer: string): string =>
  html.replace('</body>', `<footer>${footer}</footer></body>`);

describe('kinds 4-6: bylines from newsroom CMSs and other languages', () => {
  it.each<Case>([
    [
      'outlet in capitals beside a person',
      'authors',
      A('<p class="byline">By Ann Lee, KYODO NEWS</p>'),
      ['Ann Lee'],
    ],
    [
      'an outlet that is not a wire service',
      'authors',
      A('<p class="byline">Ann Lee | Harbor Times</p>'),
      ['Ann Lee'],
    ],
    [
      'two persons in capitals',
      'authors',
      A('<p class="byline">By ANN LEE and BO CHEN</p>'),
      ['ANN LEE', 'BO CHEN'],
    ],
    [
      'story by, photos by',
      'authors',
      A('<p class="byline">Story by Ann Lee. Photos by Bo Chen.</p>'),
      ['Ann Lee'],
    ],
    [
      'two staff links',
      'authors',
      A(
        '<div class="byline">By <a href="/people/ann-lee">Ann Lee</a> and <a href="/people/bo-chen">Bo Chen</a></div>',
      ),
      ['Ann Lee', 'Bo Chen'],
    ],
    [
      'WordPress entry-meta',
      'authors',
      A(
        '<div class="entry-meta"><span class="posted-on">May 24, 2016</span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/annlee/">Ann Lee</a></span></span></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'Chorus c-byline with time',
      'authors',
      A(
        '<div class="c-byline"><span class="c-byline__item"><a href="https://www.theverge.com/authors/ann-lee">Ann Lee</a></span><span class="c-byline__item"><time datetime="2016-05-24T10:30:00-04:00">May 24, 2016, 10:30am EDT</time></span></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'Brightspot staff link',
      'authors',
      A(
        '<div class="Page-authors"><a class="Link" href="https://www.example.com/staff/ann-lee">Ann Lee</a></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'article:author URL beside meta author',
      'authors',
      page(
        `<title>${H}</title><meta property="article:author" content="https://www.facebook.com/annlee"><meta name="author" content="Ann Lee">`,
        '',
      ),
      ['Ann Lee'],
    ],
    [
      'NYT-like /by/ link',
      'authors',
      A(
        '<p class="css-aknsld"><span class="css-1baulvz">By </span><span class="css-1baulvz last-byline"><a href="https://www.nytimes.com/by/ann-lee">Ann Lee</a></span></p>',
      ),
      ['Ann Lee'],
    ],
    [
      'Korean role and e-mail',
      'authors',
      A('<div class="byline">김철수 기자 kim@example.co.kr</div>', 'ko'),
      ['김철수'],
    ],
    [
      'Chinese 记者 label, names split by a space',
      'authors',
      A('<div class="author">记者：张三 李四</div>', 'zh'),
      ['张三', '李四'],
    ],
    ['Japanese 文 label', 'authors', A('<p class="author">文：山田太郎</p>', 'ja'), ['山田太郎']],
    [
      'German credit to a wire service',
      'authors',
      A('<p class="author">Von Ann Lee, mit Material von dpa</p>', 'de'),
      ['Ann Lee'],
    ],
    ['French par', 'authors', A('<p class="auteur">Par Anne Martin</p>', 'fr'), ['Anne Martin']],
    [
      'name then date on one line',
      'authors',
      A('<p class="byline">By Ann Lee on May 24, 2016</p>'),
      ['Ann Lee'],
    ],
    [
      'follow button inside the author box',
      'authors',
      A('<div class="author"><a href="/author/ann-lee">Ann Lee</a><button>Follow</button></div>'),
      ['Ann Lee'],
    ],
  ])('%s', check);
});

describe('kind 7: dates in theme and newsroom markup', () => {
  it.each<Case>([
    [
      'posted on, weekday, ordinal',
      'datePublished',
      A('<span class="posted-on">Posted on Tuesday, May 24th, 2016</span>'),
      '2016-05-24',
    ],
    [
      'day first with ordinal',
      'datePublished',
      A('<p class="date">24th May 2016</p>'),
      '2016-05-24',
    ],
    ['Sept. abbreviation', 'datePublished', A('<p class="date">Sept. 4, 2016</p>'), '2016-09-04'],
    [
      'no-break spaces',
      'datePublished',
      A('<p class="date">May&nbsp;24,&nbsp;2016</p>'),
      '2016-05-24',
    ],
    [
      'updated before published on one line',
      'datePublished',
      A('<p class="meta">Updated: June 1, 2016 | Published: May 24, 2016</p>'),
      '2016-05-24',
    ],
    [
      'time datetime with a weekday as text',
      'datePublished',
      A('<time datetime="2016-05-24">Tuesday</time>'),
      '2016-05-24',
    ],
    [
      'Y/m/d H:i',
      'datePublished',
      A('<p class="date">2016/05/24 10:30</p>', 'ja'),
      '2016-05-24T10:30:00',
    ],
    [
      'time.updated before time.published',
      'datePublished',
      A(
        '<time class="updated" datetime="2016-06-01">June 1</time><time class="published" datetime="2016-05-24">May 24</time>',
      ),
      '2016-05-24',
    ],
    [
      'Portuguese class "data"',
      'datePublished',
      A('<p class="data">24/05/2016 10h30</p>', 'pt-BR'),
      '2016-05-24T10:30:00',
    ],
    ['Italian month', 'datePublished', A('<p class="data">24 maggio 2016</p>', 'it'), '2016-05-24'],
    [
      'a comment date is not the article date',
      'datePublished',
      A('<div class="comments"><time datetime="2019-01-01">Jan 1</time></div>'),
      undefined,
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

describe('kind 10: site name from the page frame', () => {
  it.each<Case>([
    [
      'footer copyright with a year range',
      'siteName',
      withFooter(A(''), '<p>Copyright © 2005–2016 Harbor News Media. All rights reserved.</p>'),
      'Harbor News Media',
    ],
    [
      'footer "(C)" after "Copyright"',
      'siteName',
      withFooter(A(''), '<p>Copyright (C) 2012-2014 Ann Lee</p>'),
      'Ann Lee',
    ],
    [
      'header logo link label',
      'siteName',
      A('').replace(
        '<body>',
        '<body><header><a href="/" class="logo" aria-label="Harbor News"><svg></svg></a></header>',
      ),
      'Harbor News',
    ],
  ])('%s', check);
});
