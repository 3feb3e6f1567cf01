// @vitest-environment jsdom
// Issue #14's ninth batch: blog platforms and newsletters (Blogger's newer themes, Typepad, Movable Type, Hatena, Ameblo, Buttondown, Beehiiv, Elementor), as their pages render, with only the structured data and meta
// tags the template prints. Small pages of my own reproducing each template's structure, never copied.
import { describe, it } from 'vitest';
import { checkFields, page, TEMPLATE_TEXT, type TemplateRow } from './testing';

const P = TEMPLATE_TEXT;
const T = 'Harbour vote delayed';

const ROWS: TemplateRow[] = [
  [
    'blogger-contempo',
    'https://quaydiary.blogspot.com/2021/03/harbour-vote-delayed.html',
    page(
      `<title>Quay Diary: ${T}</title><meta property="og:url" content="https://quaydiary.blogspot.com/2021/03/harbour-vote-delayed.html"><meta property="og:title" content="${T}">`,
      `<div class="page"><header class="centered-top-container"><div class="centered-top"><div class="blog-name container"><div class="section" id="header"><div class="widget Header"><div class="header-widget"><h1><a href="https://quaydiary.blogspot.com/">Quay Diary</a></h1></div></div></div></div></div></header><main class="centered" id="main" role="main"><div class="main section"><div class="widget Blog"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post"><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta content="https://quaydiary.blogspot.com/2021/03/harbour-vote-delayed.html"><a class="timestamp-link" href="https://quaydiary.blogspot.com/2021/03/harbour-vote-delayed.html" rel="bookmark" title="permanent link"><time class="published" datetime="2021-03-15T09:30:00-07:00" title="2021-03-15T09:30:00-07:00">March 15, 2021</time></a></span></div></div><a name="123"></a><h3 class="post-title entry-title">${T}</h3><div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-123">${P}</div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard"><span class="byline-label">By</span><span class="fn"><meta content="https://www.blogger.com/profile/0123"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span>Ann Lee</span></a></span></span></div></div></div></div></article></div></div></div></main></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Diary',
      datePublished: '2021-03-15T09:30:00-07:00',
    },
  ],
  [
    'blogger-essential',
    'https://quaydiary.blogspot.com/2021/03/harbour-vote-delayed.html',
    page(
      `<title>${T}</title><link rel="alternate" type="application/atom+xml" title="Quay Diary - Atom" href="https://quaydiary.blogspot.com/feeds/posts/default">`,
      `<div class="page"><header class="header-outer"><div class="Header"><div class="header-widget"><h1 class="blog-title"><a href="https://quaydiary.blogspot.com/">Quay Diary</a></h1></div></div></header><div class="main"><div class="blog-posts hfeed"><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">${T}</h3><div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span> <span class="fn"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span>Ann Lee</span></a></span></span> <span class="byline post-timestamp">on <a class="timestamp-link" href="#" rel="bookmark"><time class="published" datetime="2021-03-15T09:30:00-07:00">March 15, 2021</time></a></span></div></div><div class="post-body entry-content">${P}<div class="separator"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/quay.jpg"><img border="0" data-original-height="900" data-original-width="1600" height="360" src="https://blogger.googleusercontent.com/img/b/R29v/w640-h360/quay.jpg" width="640"></a></div></div></div></div></div></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Diary',
      datePublished: '2021-03-15T09:30:00-07:00',
      image: 'https://blogger.googleusercontent.com/img/b/R29v/w640-h360/quay.jpg',
    },
  ],
  [
    'typepad',
    'https://annlee.typepad.com/quay/2021/03/harbour-vote-delayed.html',
    page(
      `<title>Quay Notes: ${T}</title><link rel="alternate" type="application/atom+xml" title="Posts on 'Quay Notes' (Atom)" href="https://annlee.typepad.com/quay/atom.xml">`,
      `<div id="container"><div id="container-inner"><div id="banner"><div id="banner-inner"><h1 id="banner-header"><a href="https://annlee.typepad.com/quay/" accesskey="1">Quay Notes</a></h1><h2 id="banner-description">Notes from the harbour</h2></div></div><div id="pagebody"><div id="pagebody-inner"><div id="alpha"><div id="alpha-inner"><h2 class="date-header">Monday, March 15, 2021</h2><div class="entry-category-news entry-author-ann_lee entry-type-post entry" id="entry-6a00"><h3 class="entry-header">${T}</h3><div class="entry-content"><div class="entry-body">${P}</div></div><div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted by Ann Lee at 09:30 AM in <a href="https://annlee.typepad.com/quay/news/">News</a> </span> <span class="separator">|</span> <a class="permalink" href="https://annlee.typepad.com/quay/2021/03/harbour-vote-delayed.html">Permalink</a></p></div></div></div></div></div></div></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Notes',
      datePublished: '2021-03-15',
    },
  ],
  [
    'movabletype',
    'https://quay.example.org/blog/2021/03/harbour-vote-delayed.html',
    page(
      `<title>${T} - Quay Log</title><meta name="generator" content="Movable Type Pro 7">`,
      `<div id="container"><div id="container-inner"><div id="header"><div id="header-inner"><div id="header-content"><div id="header-name"><a href="https://quay.example.org/blog/" accesskey="1">Quay Log</a></div><div id="header-description">Notes from the quay</div></div></div></div><div id="content"><div id="content-inner"><div id="alpha"><div id="alpha-inner"><div id="entry-123" class="entry-asset asset hentry"><div class="asset-header"><h1 id="page-title" class="asset-name entry-title">${T}</h1><div class="asset-meta"><span class="byline">By <span class="vcard author"><a class="fn url" href="https://quay.example.org/">Ann Lee</a></span> on <abbr class="published" title="2021-03-15T09:30:00-05:00">March 15, 2021  9:30 AM</abbr></span></div></div><div class="asset-content entry-content"><div class="asset-body">${P}</div></div></div></div></div></div></div></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Log',
      datePublished: '2021-03-15T09:30:00-05:00',
    },
  ],
  [
    'hatena',
    'https://annlee.hatenablog.com/entry/2021/03/15/093000',
    page(
      `<title>${T} - 港の日記</title><meta property="og:title" content="${T} - 港の日記"><meta property="og:site_name" content="港の日記"><meta property="og:type" content="article"><meta name="twitter:card" content="summary">`,
      `<div id="container"><div id="container-inner"><header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content"><h1 id="title"><a href="https://annlee.hatenablog.com/">港の日記</a></h1></div></div></header><div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner"><article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-200 words-100 mode-html entry-odd" id="entry-123" data-keyword-campaign="" data-uuid="123"><div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a href="https://annlee.hatenablog.com/archive/2021/03/15" rel="nofollow"><time data-relative datetime="2021-03-15T00:30:00Z" title="2021-03-15T00:30:00Z"><span class="date-year">2021</span><span class="hyphen">-</span><span class="date-month">03</span><span class="hyphen">-</span><span class="date-day">15</span></time></a></div><h1 class="entry-title"><a href="https://annlee.hatenablog.com/entry/2021/03/15/093000" class="entry-title-link bookmark">${T}</a></h1></header><div class="entry-content hatenablog-entry">${P}</div><footer class="entry-footer"><div class="entry-tags-wrapper"></div><p class="entry-footer-section track-inview-by-gtm" data-gtm-item-label="Entry Footer"><span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="annlee"><span class="user-name-nickname">annlee</span> <span class="user-name-hatena-id">(id:annlee)</span></span></span><span class="entry-footer-time"><a href="https://annlee.hatenablog.com/entry/2021/03/15/093000"><time data-relative datetime="2021-03-15T00:30:00Z" title="2021-03-15T00:30:00Z" class="updated">2021-03-15 09:30</time></a></span></p></footer></div></article></div></div></div></div></div></div>`,
      'ja',
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['annlee'],
      siteName: '港の日記',
      datePublished: '2021-03-15T00:30:00Z',
    },
  ],
  [
    'ameblo',
    'https://ameblo.jp/annlee/entry-12660000000.html',
    page(
      `<title>${T} | 港の日記</title><meta property="og:site_name" content="港の日記"><meta property="og:title" content="${T}"><meta property="og:type" content="article"><meta property="og:image" content="https://stat.ameba.jp/user_images/20210315/09/annlee/ab/cd/j/o1080072014900000000.jpg">`,
      `<div id="app"><div class="skin-bgMain"><header class="skin-blogHeader"><h1 class="skin-blogTitle"><a class="skin-blogTitleLink" href="https://ameblo.jp/annlee/">港の日記</a></h1></header><main class="skin-blogMain"><article class="js-entryWrapper skin-entry" data-unique-entry-id="12660000000"><div class="skin-entryHead"><h2 class="skin-entryTitle" data-uranus-component="entryTitle"><a class="skinArticleTitle" href="https://ameblo.jp/annlee/entry-12660000000.html" rel="bookmark">${T}</a></h2><div class="skin-entryPubdate"><p class="skin-textQuiet"><time datetime="2021-03-15" class="skin-textQuiet">2021-03-15 09:30:00</time></p></div><div class="skin-entryThemes"><dl class="_3RvqwlB9"><dt>テーマ：</dt><dd><a href="https://ameblo.jp/annlee/theme-10000.html" rel="tag">ブログ</a></dd></dl></div></div><div class="skin-entryInner"><div class="skin-entryBody _2p2xB7Ay" data-uranus-component="entryBody">${P}</div></div></article></main></div></div>`,
      'ja',
    ),
    {
      title: 'Harbour vote delayed',
      siteName: '港の日記',
      datePublished: '2021-03-15',
      image:
        'https://stat.ameba.jp/user_images/20210315/09/annlee/ab/cd/j/o1080072014900000000.jpg',
    },
  ],
  [
    'buttondown',
    'https://buttondown.com/quaynotes/archive/harbour-vote-delayed/',
    page(
      `<title>${T} • Buttondown</title><meta property="og:title" content="${T}"><meta property="og:site_name" content="Quay Notes">`,
      `<div class="newsletter"><header><a href="/quaynotes"><img class="avatar" src="https://assets.buttondown.email/images/a.png" alt="Quay Notes" width="32" height="32"></a><a href="/quaynotes" class="newsletter-name">Quay Notes</a></header><div class="email-detail"><div class="email-detail__header"><h1 class="email-detail__subject">${T}</h1><div class="email-detail__publish_date">March 15, 2021</div></div><div class="email-body-content">${P}</div></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: [],
      siteName: 'Quay Notes',
      datePublished: '2021-03-15',
    },
  ],
  [
    'beehiiv',
    'https://quaynotes.beehiiv.com/p/harbour-vote-delayed',
    page(
      `<title>${T}</title><meta property="og:title" content="${T}"><meta property="og:site_name" content="Quay Notes"><meta property="og:image" content="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/abc/quay.jpg">`,
      `<div id="root"><header class="sticky"><a href="/"><img src="https://media.beehiiv.com/uploads/publication/logo/abc/logo.png" alt="Quay Notes"></a></header><main><div class="mx-auto max-w-2xl"><h1 class="text-3xl font-bold">${T}</h1><h2 class="text-lg">What the board decided</h2><div class="flex items-center space-x-2"><div class="flex -space-x-1.5"><img class="h-6 w-6 rounded-full" src="https://media.beehiiv.com/uploads/user/profile_picture/abc/ann.jpg" alt="Author"></div><div class="flex flex-col"><p class="text-xs font-semibold">Ann Lee</p><div class="flex"><time datetime="2021-03-15T09:30:00.000Z" class="text-xs">March 15, 2021</time></div></div></div><div id="content-blocks" class="rendered-post">${P}</div></div></main></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      siteName: 'Quay Notes',
      datePublished: '2021-03-15T09:30:00.000Z',
      image:
        'https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/abc/quay.jpg',
    },
  ],
  [
    'elementor',
    'https://quay.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} - Quay Weekly</title>`,
      `<div data-elementor-type="header" class="elementor elementor-location-header"><div class="elementor-widget-theme-site-logo"><a href="https://quay.example.com"><img src="https://quay.example.com/wp-content/uploads/logo.png" alt="Quay Weekly"></a></div></div><div data-elementor-type="single-post" class="elementor elementor-location-single post-12 post type-post"><div class="elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${T}</h1></div></div><div class="elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-1 elementor-inline-item" itemprop="author"><a href="https://quay.example.com/author/annlee/"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Ann Lee</span></a></li><li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><a href="https://quay.example.com/2021/03/15/"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">March 15, 2021</span></a></li></ul></div></div><div class="elementor-widget-theme-post-featured-image elementor-widget-image"><div class="elementor-widget-container"><img width="1024" height="683" src="https://quay.example.com/wp-content/uploads/2021/03/quay-1024x683.jpg" class="attachment-large size-large wp-image-34" alt=""></div></div><div class="elementor-widget-theme-post-content"><div class="elementor-widget-container">${P}</div></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Weekly',
      datePublished: '2021-03-15',
      image: 'https://quay.example.com/wp-content/uploads/2021/03/quay-1024x683.jpg',
    },
  ],
  [
    'og-name-attr',
    'https://quay.example.net/news/harbour-vote-delayed',
    page(
      `<title>${T}</title><meta name="og:site_name" content="Quay Net"><meta name="og:image" content="https://quay.example.net/img/quay.jpg">`,
      `<article><h1>${T}</h1>${P}</article>`,
    ),
    {
      title: 'Harbour vote delayed',
      siteName: 'Quay Net',
      image: 'https://quay.example.net/img/quay.jpg',
    },
  ],
];

describe('ninth batch: blogs', () => {
  it.each<TemplateRow>(ROWS)('%s', checkFields);
});
