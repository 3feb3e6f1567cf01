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
    [
      'Gatsby starter blog: a bare date paragraph after the h1',
      'datePublished',
      page(
        `<title>${T} | Harbour Notes</title>`,
        `<div class="global-wrapper" data-is-root-path="false"><header class="global-header"><a class="header-link-home" href="/">Harbour Notes</a></header><main><article class="blog-post" itemscope itemtype="http://schema.org/Article"><header><h1 itemprop="headline">${T}</h1><p>March 15, 2021</p></header><section itemprop="articleBody">${P}</section><hr><footer><div class="bio"><p>Written by <strong>Ann Lee</strong> who lives and works in Harbourtown building useful things.</p></div></footer></article></main></div>`,
      ),
      '2021-03-15',
      'https://notes.example.org/harbour-vote/',
    ],
    [
      'Next.js blog-starter: avatar with the name beside it, no byline class',
      'authors',
      page(
        `<title>${T} | Next.js Blog Example</title>`,
        `<main><div class="container mx-auto px-5"><article class="mb-32"><h1 class="text-5xl md:text-7xl font-bold tracking-tighter leading-tight md:leading-none mb-12 text-center md:text-left">${T}</h1><div class="hidden md:block md:mb-12"><div class="flex items-center"><img src="/assets/blog/authors/ann.jpeg" class="w-12 h-12 rounded-full mr-4" alt="Ann Lee"><div class="text-xl font-bold">Ann Lee</div></div></div><div class="mb-8 md:mb-16 sm:mx-0"><img src="/assets/blog/harbour/cover.jpg" alt="Cover Image for ${T}" class="shadow-sm w-full" width="1300" height="630"></div><div class="max-w-2xl mx-auto"><div class="mb-6 text-lg"><time datetime="2021-03-15T05:35:07.322Z">March 15, 2021</time></div></div><div class="max-w-2xl mx-auto">${P}</div></article></div></main>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/posts/harbour-vote',
    ],
    [
      'Next.js blog-starter: cover image declared 1300 wide, outside any article body class',
      'image',
      page(
        `<title>${T} | Next.js Blog Example</title>`,
        `<main><article class="mb-32"><h1 class="text-5xl">${T}</h1><div class="mb-8 md:mb-16 sm:mx-0"><img src="/assets/blog/harbour/cover.jpg" alt="Cover Image for ${T}" class="shadow-sm w-full" width="1300" height="630"></div><div class="max-w-2xl mx-auto">${P}</div></article></main>`,
      ),
      'https://notes.example.org/assets/blog/harbour/cover.jpg',
      'https://notes.example.org/posts/harbour-vote',
    ],
    [
      'Hatena Blog: date split into spans in the header time, "updated" in the footer',
      'datePublished',
      page(
        '<title>港の投票延期 - 港ノート</title>',
        `<div id="main"><article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element"><div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a href="https://ann.hatenablog.com/archive/2021/03/15" rel="nofollow"><time datetime="2021-03-15T00:30:00Z" title="2021-03-15T00:30:00Z"><span class="date-year">2021</span><span class="hyphen">-</span><span class="date-month">03</span><span class="hyphen">-</span><span class="date-day">15</span></time></a></div><h1 class="entry-title"><a href="https://ann.hatenablog.com/entry/2021/03/15/093000" class="entry-title-link bookmark">港の投票延期</a></h1></header><div class="entry-content hatenablog-entry">${P}</div><footer class="entry-footer"><p class="entry-footer-section"><span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="annlee"><span class="user-name">annlee</span></span></span><span class="entry-footer-time"><a href="https://ann.hatenablog.com/entry/2021/03/15/093000"><time data-relative datetime="2021-03-16T01:00:00Z" title="2021-03-16T01:00:00Z" class="updated">2021-03-16 10:00</time></a></span></p></footer></div></article></div>`,
        'ja',
      ),
      '2021-03-15T00:30:00Z',
      'https://ann.hatenablog.com/entry/2021/03/15/093000',
    ],
    [
      'Naver news: 입력 term then "2021.03.15. 오전 9:30" in a datestamp span',
      'datePublished',
      page(
        '<title>항구 투표 연기 : 네이버 뉴스</title>',
        `<div id="ct" class="newsct"><div class="media_end_head go_trans"><div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>항구 투표 연기</span></h2></div><div class="media_end_head_info nv_notrans"><div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2021-03-15 09:30:00">2021.03.15. 오전 9:30</span></div><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span><span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2021-03-15 10:00:00">2021.03.15. 오전 10:00</span></div></div></div></div><div class="newsct_body"><article id="dic_area" class="go_trans _article_content">${P}</article><div class="byline"><p><span class="byline_s">김철수 기자(kim@example.co.kr)</span></p></div></div></div>`,
        'ko',
      ),
      '2021-03-15T09:30:00',
      'https://n.news.naver.com/article/001/0012300000',
    ],
    [
      'Naver news: "김철수 기자(kim@…)" in byline_s',
      'authors',
      page(
        '<title>항구 투표 연기 : 네이버 뉴스</title>',
        `<div id="ct" class="newsct"><div class="media_end_head"><h2 id="title_area" class="media_end_head_headline"><span>항구 투표 연기</span></h2></div><div class="newsct_body"><article id="dic_area" class="go_trans _article_content">${P}</article><div class="byline"><p><span class="byline_s">김철수 기자(kim@example.co.kr)</span></p></div></div></div>`,
        'ko',
      ),
      ['김철수'],
      'https://n.news.naver.com/article/001/0012300000',
    ],
    [
      'Daum news: "입력 2021. 3. 15. 09:30" in num_date',
      'datePublished',
      page(
        '<title>항구 투표 연기 | Daum 뉴스</title>',
        `<div id="cSub"><div class="head_view"><h3 class="tit_view" data-translation="true">항구 투표 연기</h3><span class="info_view"><span class="txt_info">김철수 기자</span><span class="txt_info">입력 <span class="num_date">2021. 3. 15. 09:30</span></span></span></div></div><div id="mArticle"><div class="news_view"><section dmcf-sid="x">${P}</section></div></div>`,
        'ko',
      ),
      '2021-03-15T09:30:00',
      'https://v.daum.net/v/20210315093000123',
    ],
    [
      'Habr: username link in tm-user-info with a Russian time',
      'authors',
      page(
        '<title>Отложено голосование по гавани / Хабр</title>',
        `<div class="tm-page__main"><article class="tm-article-presenter__content tm-article-presenter__content_narrow"><div class="tm-article-presenter__header"><div class="tm-article-snippet tm-article-snippet"><div class="tm-article-snippet__meta-container"><div class="tm-article-snippet__meta"><span class="tm-user-info tm-article-snippet__author"><a href="/ru/users/annlee/" title="annlee" class="tm-user-info__userpic"><img src="/ann.png" alt="" height="24" width="24"></a><span class="tm-user-info__user"><a href="/ru/users/annlee/" class="tm-user-info__username">annlee</a></span></span><span class="tm-article-datetime-published"><time datetime="2021-03-15T09:30:00.000Z" title="2021-03-15, 12:30">15 мар 2021 в 12:30</time></span></div></div><h1 lang="ru" class="tm-title tm-title_h1"><span>Отложено голосование по гавани</span></h1></div></div><div class="tm-article-body">${P}</div></article></div>`,
        'ru',
      ),
      ['annlee'],
      'https://habr.com/ru/articles/551234/',
    ],
    [
      'CSDN: "于 2021-03-15 09:30:00 发布" in a time span',
      'datePublished',
      page(
        '<title>港口投票推迟_annlee的博客-CSDN博客</title>',
        `<div class="blog-content-box"><div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">港口投票推迟</h1></div><div class="article-info-box"><div class="article-bar-top"><div class="bar-content"><a class="follow-nickName" href="https://blog.csdn.net/annlee" target="_blank" rel="noopener">annlee</a><span class="time">于&nbsp;2021-03-15 09:30:00&nbsp;发布</span><span class="read-count">阅读量1.2k</span></div></div></div></div></div><article class="baidu_pl"><div id="article_content" class="article_content clearfix"><div id="content_views" class="markdown_views">${P}</div></div></article></div>`,
        'zh-CN',
      ),
      '2021-03-15T09:30:00',
      'https://blog.csdn.net/annlee/article/details/115000000',
    ],
    [
      'German news: "Von Ann Lee, Berlin" (a place after the name)',
      'authors',
      page(
        '<title>Hafen-Abstimmung verschoben | Hafenblatt</title>',
        `<main><article><header><h1>Hafen-Abstimmung verschoben</h1><div class="article-meta"><span class="article-author">Von Ann Lee, Berlin</span><time datetime="2021-03-15T09:30:00+01:00">15.03.2021, 09:30 Uhr</time></div></header>${P}</article></main>`,
        'de',
      ),
      ['Ann Lee'],
      'https://www.hafenblatt.de/politik/hafen-abstimmung-verschoben-a-123.html',
    ],
    [
      'German news: "15.03.2021, 09:30 Uhr" with no datetime',
      'datePublished',
      page(
        '<title>Hafen-Abstimmung verschoben | Hafenblatt</title>',
        `<main><article><header><h1>Hafen-Abstimmung verschoben</h1><div class="article-meta"><span class="article-author">Von <a href="/autor/ann-lee">Ann Lee</a></span><span class="article-date">15.03.2021, 09:30 Uhr</span></div></header>${P}</article></main>`,
        'de',
      ),
      '2021-03-15T09:30:00',
      'https://www.hafenblatt.de/politik/hafen-abstimmung-verschoben-a-123.html',
    ],
    [
      'Le Monde: "Publié le 15 mars 2021 à 09h30" in meta__date',
      'datePublished',
      page(
        '<title>Le vote du port est reporté</title>',
        `<main><section class="article__wrapper"><header class="article__header"><h1 class="article__title">Le vote du port est reporté</h1><p class="article__desc">Le conseil a renvoyé sa décision.</p><span class="meta__author meta__author--page">Par <a class="article__author-link" href="/signataires/ann-lee/">Ann Lee</a></span><span class="meta__date meta__date--header">Publié le 15 mars 2021 à 09h30</span></header><article class="article__content">${P}</article></section></main>`,
        'fr',
      ),
      '2021-03-15T09:30:00',
      'https://www.journal-du-port.fr/politique/article/2021/03/15/le-vote-du-port_6073000_823448.html',
    ],
    [
      'El País: "15 mar 2021 - 09:30 CET" in a time without datetime',
      'datePublished',
      page(
        '<title>La votación del puerto se aplaza | El Puerto</title>',
        `<main><article><header class="a_e_txt"><h1 class="a_t">La votación del puerto se aplaza</h1></header><div class="a_md"><div class="a_md_txt"><div class="a_md_a"><a href="/autor/ann-lee/" class="a_md_a_n">Ann Lee</a></div><div class="a_md_f"><span><time>15 mar 2021 - 09:30 CET</time></span></div></div></div><div class="a_c clearfix" data-dtm-region="articulo_cuerpo">${P}</div></article></main>`,
        'es',
      ),
      '2021-03-15T09:30:00+01:00',
      'https://elpuerto.example.es/espana/votacion-puerto.html',
    ],
    [
      'g1 (Globo): "Por Ann Lee, g1 SP" — the outlet after the comma',
      'authors',
      page(
        '<title>Votação do porto é adiada | São Paulo | G1</title>',
        `<main><div class="mc-article-header"><div class="title"><h1 class="content-head__title">Votação do porto é adiada</h1></div><div class="content-publication-data"><div class="content-publication-data__text"><p class="content-publication-data__from" title="Por Ann Lee, g1 SP">Por Ann Lee, g1 SP</p><p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2021-03-15T12:30:00.000Z">15/03/2021 09h30</time> Atualizado há 2 horas</p></div></div></div><article class="mc-body">${P}</article></main>`,
        'pt-BR',
      ),
      ['Ann Lee'],
      'https://g1.globo.com/sp/sao-paulo/noticia/2021/03/15/votacao-do-porto.ghtml',
    ],
    [
      'Folha: "15.mar.2021 às 9h30" without datetime',
      'datePublished',
      page(
        '<title>Votação do porto é adiada - 15/03/2021 - Cotidiano - Folha</title>',
        `<main><article class="c-news"><header class="c-content-head"><h1 class="c-content-head__title">Votação do porto é adiada</h1></header><div class="c-news__head"><div class="c-signature"><strong class="c-signature__author">Ann Lee</strong><span class="c-signature__location">São Paulo</span></div><time class="c-more-options__published-date">15.mar.2021 às 9h30</time></div><div class="c-news__body">${P}</div></article></main>`,
        'pt-BR',
      ),
      '2021-03-15T09:30:00',
      'https://www1.folha.example.br/cotidiano/2021/03/votacao-do-porto.shtml',
    ],
    [
      'Portuguese: "Publicado em 15/03/2021 às 09h30" and "Por Ann Lee"',
      'datePublished',
      page(
        '<title>Votação do porto é adiada - Jornal do Porto</title>',
        `<main><article><h1>Votação do porto é adiada</h1><div class="post-meta"><span class="autor">Por Ann Lee</span><span class="data">Publicado em 15/03/2021 às 09h30</span></div>${P}</article></main>`,
        'pt-BR',
      ),
      '2021-03-15T09:30:00',
      'https://jornaldoporto.example.br/noticia/votacao-do-porto',
    ],
    [
      'Hugo PaperMod: the author as the last plain part of the post-meta line',
      'authors',
      page(
        `<title>${T} | Harbour Notes</title>`,
        `<main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title entry-hint-parent">${T}</h1><div class="post-meta"><span title="2021-03-15 09:30:00 +0000 UTC">March 15, 2021</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Ann Lee</div></header><div class="post-content">${P}</div></article></main>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/posts/harbour-vote/',
    ],
    [
      'MkDocs Material blog: authors in nav.md-post__authors in the sidebar',
      'authors',
      page(
        `<title>${T} - Harbour Docs</title>`,
        `<div class="md-main__inner md-grid"><div class="md-sidebar md-sidebar--post" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner md-post"><nav class="md-nav md-nav--primary"><div class="md-post__back"><div class="md-nav__title md-nav__container"><a href="../../" class="md-nav__link"><span class="md-ellipsis">Back to index</span></a></div></div><div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="/ann.png" alt="Ann Lee"></span><span class="md-profile__description"><strong>Ann Lee</strong><br>Maintainer</span></div></div><ul class="md-post__meta md-nav__list"><li class="md-nav__item md-nav__item--section"><div class="md-post__title"><span class="md-ellipsis">Metadata</span></div><nav class="md-nav"><ul class="md-nav__list"><li class="md-nav__item"><div class="md-nav__link"><svg></svg><time datetime="2021-03-15 00:00:00" class="md-ellipsis">March 15, 2021</time></div></li></ul></nav></li></ul></nav></div></div></div><div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset"><h1 id="harbour">${T}</h1>${P}</article></div></div>`,
      ),
      ['Ann Lee'],
      'https://docs.example.org/blog/2021/03/15/harbour-vote/',
    ],
  ])('%s', check);
});
