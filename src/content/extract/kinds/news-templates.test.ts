// @vitest-environment jsdom
// Issue #14's sixth batch: small pages reproducing how news and publishing front-ends render an
// article (rendered HTML read in their repositories, text of our own): BBC Simorgh, the
// Guardian's dotcom-rendering, Forem (dev.to), MediaWiki (Wikinews), Newspack, Chorus, Brightspot,
// Joomla, TYPO3 news, Pelican, Nikola, Quarto, Eleventy and Gatsby starters, Next.js blog-starter,
// Hatena Blog, note, Naver and Daum news, Habr, CSDN, and German, French, Spanish and Portuguese
// newsrooms. No structured data, as in archived or stripped copies: the DOM heuristics decide.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const T = 'Harbour vote delayed';

describe('batch 6: news and publishing templates', () => {
  it.each<Case>([
    [
      'BBC Simorgh: author and role as visually-hidden labelled items',
      'authors',
      page(
        `<title>${T} - BBC News Mundo</title>`,
        `<header role="banner"><a href="/mundo"><svg><title>BBC News, Mundo</title></svg></a></header><main role="main"><div class="bbc-1151pbn"><h1 id="content" tabindex="-1" class="bbc-14gqcmb e1p3vdyi0">${T}</h1></div><section aria-labelledby="article-byline" role="region" class="bbc-1lqlmz"><h2 id="article-byline" class="bbc-1m7f8d5">Article information</h2><ul class="bbc-1h3qzq7" role="list"><li class="bbc-1a3w4ok"><div class="bbc-1j1fx1u"><span class="bbc-1orwqbm" role="text"><span class="bbc-m04vo2">Author,</span>Ann Lee</span></div></li><li class="bbc-1a3w4ok"><span class="bbc-1orwqbm" role="text"><span class="bbc-m04vo2">Role,</span>BBC News Mundo</span></li></ul></section><time datetime="2021-03-15" class="bbc-1dafq0j">15 marzo 2021</time><div dir="ltr" class="bbc-19j92fr">${P}</div></main>`,
        'es',
      ),
      ['Ann Lee'],
      'https://www.bbc.com/mundo/noticias-56393000',
    ],
    [
      'BBC Simorgh: date in a <time> outside any article element',
      'datePublished',
      page(
        `<title>${T} - BBC News Mundo</title>`,
        `<main role="main"><div><h1 id="content" tabindex="-1">${T}</h1></div><time datetime="2021-03-15" class="bbc-1dafq0j">15 marzo 2021</time><div dir="ltr">${P}</div></main>`,
        'es',
      ),
      '2021-03-15',
      'https://www.bbc.com/mundo/noticias-56393000',
    ],
    [
      'Guardian DCR: rel=author link in an address with "in Sydney"',
      'authors',
      page(
        `<title>${T} | World news | The Guardian</title>`,
        `<main data-layout="StandardLayout"><article><div data-gu-name="headline"><h1 class="dcr-1qvd3m6">${T}</h1></div><div data-gu-name="meta"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div class="dcr-1cfpnlw"><a rel="author" data-link-name="auto tag link" href="/profile/annlee">Ann Lee</a> in Sydney</div></address><details data-component="dateline" class="dcr-1ybxn6r"><summary class="dcr-12qpnuy"><span class="dcr-u0h1qy">Mon 15 Mar 2021 09.30 GMT</span></summary></details></div><div data-gu-name="body" class="article-body-commercial-selector">${P}</div></article></main>`,
      ),
      ['Ann Lee'],
      'https://www.theguardian.com/world/2021/mar/15/harbour-vote-delayed',
    ],
    [
      'Forem (dev.to): profile link beside the avatar, "Posted on" time',
      'authors',
      page(
        `<title>${T} - DEV Community</title>`,
        `<main id="main-content"><article class="crayons-card crayons-article mb-4" id="article-show-container"><header class="crayons-article__header" id="main-title"><div class="crayons-article__cover crayons-article__cover__image__feed"><img src="https://media.dev.to/cdn-cgi/image/width=1000,height=420,fit=cover/https%3A%2F%2Fdev-to-uploads.s3.amazonaws.com%2Fquay.png" width="1000" height="420" class="crayons-article__cover__image" alt="Cover image for ${T}"></div><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/annlee"><span class="crayons-avatar crayons-avatar--l mr-2 shrink-0"><img src="https://media.dev.to/ann.png" width="40" height="40" alt="Ann Lee" class="crayons-avatar__image"></span></a></div><div class="pl-3 flex-1"><a href="/annlee" class="crayons-link fw-bold">Ann Lee</a><p class="fs-xs color-base-60">Posted on <time datetime="2021-03-15T09:30:00Z" class="date-no-year">Mar 15</time></p></div></div></div><h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${T}</h1><div class="spec__tags flex flex-wrap"><a class="crayons-tag" href="/t/news"><span class="crayons-tag__prefix">#</span>news</a></div></div></header><div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" id="article-body">${P}</div></div></article></main>`,
      ),
      ['Ann Lee'],
      'https://dev.to/annlee/harbour-vote-delayed-4kj2',
    ],
    [
      'Forem (dev.to): cover image declared 1000 wide in the header',
      'image',
      page(
        `<title>${T} - DEV Community</title>`,
        `<main><article class="crayons-article"><header class="crayons-article__header"><div class="crayons-article__cover"><img src="https://media.dev.to/cdn-cgi/image/width=1000,height=420,fit=cover/quay.png" width="1000" height="420" class="crayons-article__cover__image" alt="Cover image for ${T}"></div><div class="crayons-article__header__meta"><h1>${T}</h1></div></header><div class="crayons-article__body" id="article-body">${P}</div></article></main>`,
      ),
      'https://media.dev.to/cdn-cgi/image/width=1000,height=420,fit=cover/quay.png',
      'https://dev.to/annlee/harbour-vote-delayed-4kj2',
    ],
    [
      'Wikinews: the published date as hidden value-title with a weekday line',
      'datePublished',
      page(
        `<title>${T} - Wikinews, the free news source</title>`,
        `<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${T}</span></h1><div id="bodyContent" class="vector-body"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output"><p><strong class="published"><span id="publishDate" class="value-title" title="2021-03-15"></span>Monday, March 15, 2021</strong></p>${P}</div></div></div></div>`,
      ),
      '2021-03-15',
      'https://en.wikinews.org/wiki/Harbour_vote_delayed',
    ],
    [
      'Wikinews: site name implied by the title suffix with its slogan',
      'siteName',
      page(
        `<title>${T} - Wikinews, the free news source</title>`,
        `<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">${T}</span></h1><div class="mw-parser-output"><p><strong class="published">Monday, March 15, 2021</strong></p>${P}</div></div>`,
      ),
      'Wikinews',
      'https://en.wikinews.org/wiki/Harbour_vote_delayed',
    ],
    [
      'Newspack: two vcard authors with "and" between',
      'authors',
      page(
        `<title>${T} – Harbour Times</title>`,
        `<main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">${T}</h1><div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/ann-60x60.jpg" class="avatar avatar-80 photo" height="80" width="80"></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/ann/">Ann Lee</a></span><span class="sep">, </span><span class="author vcard"><a class="url fn n" href="/author/bo/">Bo Chen</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2021-03-15T09:30:00-05:00">March 15, 2021</time><time class="updated" datetime="2021-03-16T10:00:00-05:00">March 16, 2021</time></span></div></div></header><div class="entry-content">${P}</div></article></main>`,
      ),
      ['Ann Lee', 'Bo Chen'],
      'https://harbourtimes.org/2021/03/15/harbour-vote-delayed/',
    ],
    [
      'Chorus (Vox Media): c-byline with the author name and a time',
      'authors',
      page(
        `<title>${T} - Harbour Daily</title>`,
        `<main><article class="l-main-content"><div class="c-entry-hero"><h1 class="c-page-title">${T}</h1><div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">By <a href="https://www.harbourdaily.com/authors/ann-lee">Ann Lee</a></span><span class="c-byline__item"><a href="https://twitter.com/annlee" class="c-byline__twitter-handle">@annlee</a></span></span><span class="c-byline-wrapper"><span class="c-byline__item"><time class="c-byline__item" datetime="2021-03-15T09:30:00-05:00">Mar 15, 2021, 9:30am EDT</time></span></span></div></div><div class="c-entry-content">${P}</div></article></main>`,
      ),
      ['Ann Lee'],
      'https://www.harbourdaily.com/2021/3/15/22330000/harbour-vote-delayed',
    ],
    [
      'Brightspot: "Published March 15, 2021 at 9:30 AM EDT" in a datePublished div',
      'datePublished',
      page(
        `<title>${T} | Harbour Public Radio</title>`,
        `<main class="ArticlePage-main"><div class="ArticlePage-mainContent"><h1 class="ArticlePage-headline">${T}</h1><div class="ArticlePage-byline"><div class="ArticlePage-authors"><div class="ArticlePage-authorName"><span class="ArticlePage-authorBy">By </span><a class="Link" href="/people/ann-lee">Ann Lee</a></div></div><div class="ArticlePage-datePublished">Published March 15, 2021 at 9:30 AM EDT</div></div><div class="RichTextArticleBody">${P}</div></div></main>`,
      ),
      '2021-03-15T09:30:00-04:00',
      'https://www.harbourpublicradio.org/local/2021-03-15/harbour-vote-delayed',
    ],
    [
      'Joomla 4: "Written by: Ann Lee" in dd.createdby without microdata',
      'authors',
      page(
        `<title>${T} - Harbour Times</title>`,
        `<main><div class="com-content-article item-page"><div class="page-header"><h1>${T}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby"><span class="icon-user icon-fw" aria-hidden="true"></span> Written by: <span>Ann Lee</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Category: <a href="/news">News</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2021-03-15T09:30:00+00:00">Published: 15 March 2021</time></dd></dl><div class="com-content-article__body">${P}</div></div></main>`,
      ),
      ['Ann Lee'],
      'https://www.harbourtimes.org/news/12-harbour-vote-delayed',
    ],
    [
      'Joomla 4 in German: "Geschrieben von: Ann Lee", "Veröffentlicht: 15. März 2021"',
      'datePublished',
      page(
        `<title>${T} - Hafenblatt</title>`,
        `<main><div class="com-content-article item-page"><div class="page-header"><h1>${T}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby"> Geschrieben von: <span>Ann Lee</span></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> Veröffentlicht: 15. März 2021</dd></dl><div class="com-content-article__body">${P}</div></div></main>`,
        'de',
      ),
      '2021-03-15',
      'https://www.hafenblatt.de/news/12-hafen',
    ],
    [
      'TYPO3 news: "von" and the name in news-list-author, headline in an h3',
      'authors',
      page(
        `<title>${T}: Hafenblatt</title>`,
        `<div id="page"><h1 class="site-title">Hafenblatt</h1><div class="news news-single"><div class="article"><div class="header"><h3>${T}</h3></div><div class="footer"><p><span class="news-list-date"><time datetime="2021-03-15">15.03.2021</time></span><span class="news-list-author"> von Ann Lee</span></p></div><div class="news-text-wrap">${P}</div></div></div></div>`,
        'de',
      ),
      ['Ann Lee'],
      'https://www.hafenblatt.de/aktuelles/detail/hafen-abstimmung',
    ],
    [
      'Pelican notmyidea: hAtom published abbr and address.vcard',
      'authors',
      page(
        `<title>${T} - Harbour Notes</title>`,
        `<section id="content" class="body"><article><header><h1 class="entry-title"><a href="/harbour-vote.html" rel="bookmark" title="Permalink to ${T}">${T}</a></h1></header><div class="entry-content"><footer class="post-info"><abbr class="published" title="2021-03-15T09:30:00+00:00">Published: Mon 15 March 2021</abbr><address class="vcard author">By <a class="url fn" href="/author/ann-lee.html">Ann Lee</a></address><p>In <a href="/category/news.html">news</a>.</p></footer>${P}</div></article></section>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/harbour-vote.html',
    ],
    [
      'Nikola: byline-name span and a dateline time',
      'datePublished',
      page(
        `<title>${T} | Harbour Notes</title>`,
        `<div id="content" role="main"><article class="post-text h-entry hentry postpage"><header><h1 class="p-name entry-title"><a href="." class="u-url">${T}</a></h1><div class="metadata"><p class="byline author vcard p-author h-card"><span class="byline-name fn p-name">Ann Lee</span></p><p class="dateline"><a href="." rel="bookmark"><time class="published dt-published" datetime="2021-03-15T09:30:00Z" title="2021-03-15 09:30">2021-03-15 09:30</time></a></p></div></header><div class="e-content entry-content">${P}</div></article></div>`,
      ),
      '2021-03-15T09:30:00Z',
      'https://notes.example.org/posts/harbour-vote/',
    ],
    [
      'Quarto: "Author" heading block then the name',
      'authors',
      page(
        `<title>Harbour Notes - ${T}</title>`,
        `<main class="content" id="quarto-document-content"><header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">${T}</h1></div><div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>Ann Lee </p></div></div><div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">March 15, 2021</p></div></div></div></header>${P}</main>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/posts/harbour-vote/',
    ],
    [
      'Quarto: the "Published" date block',
      'datePublished',
      page(
        `<title>Harbour Notes - ${T}</title>`,
        `<main class="content" id="quarto-document-content"><header id="title-block-header" class="quarto-title-block default"><div class="quarto-title"><h1 class="title">${T}</h1></div><div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">March 15, 2021</p></div></div><div><div class="quarto-title-meta-heading">Modified</div><div class="quarto-title-meta-contents"><p class="date-modified">April 2, 2021</p></div></div></div></header>${P}</main>`,
      ),
      '2021-03-15',
      'https://notes.example.org/posts/harbour-vote/',
    ],
    [
      'Eleventy base blog: the date in a post-metadata list',
      'datePublished',
      page(
        `<title>${T}</title>`,
        `<header><a href="/" class="home-link">Harbour Notes</a></header><main id="skip"><h1>${T}</h1><ul class="post-metadata"><li><time datetime="2021-03-15">15 March 2021</time></li><li><a href="/tags/news/" class="post-tag">news</a></li></ul>${P}</main>`,
      ),
      '2021-03-15',
      'https://notes.example.org/blog/harbour-vote/',
    ],
  ])('%s', check);
});
