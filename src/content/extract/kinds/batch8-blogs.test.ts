// @vitest-environment jsdom
// Issue #14's eighth batch: small blog platforms, site builders and docs generators. Small pages
// of my own reproducing each template's rendered structure (as the platforms render them, never
// copied), without structured data or meta tags beyond what the platform always prints. Each row
// lists the fields a reader sees for that page.
import { describe, it } from 'vitest';
import { checkFields, page, TEMPLATE_TEXT, type TemplateRow } from './testing';

const P = TEMPLATE_TEXT;
const T = 'Harbour vote delayed';

const ROWS: TemplateRow[] = [
  [
    'bear-blog',
    'https://annlee.bearblog.dev/harbour-vote/',
    page(
      `<title>${T} | Ann Lee</title>`,
      `<header><a class="title" href="/"><h2>Ann Lee</h2></a><nav><p><a href="/">Home</a> <a href="/blog/">Blog</a></p></nav></header><main><h1>${T}</h1><p><i><time datetime="2021-03-15T09:30Z">15 Mar, 2021</time></i></p>${P}<p class="tags"><a href="/blog/?q=harbour">#harbour</a></p></main><footer>Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></footer>`,
    ),
    { title: T, siteName: 'Ann Lee', datePublished: '2021-03-15T09:30:00Z' },
  ],
  [
    'mataroa',
    'https://annlee.mataroa.blog/blog/harbour-vote/',
    page(
      `<title>${T} — Harbour Notes</title>`,
      `<header><nav><a href="/">Harbour Notes</a> — <a href="/rss/">RSS</a></nav></header><main><h1 class="posts-title">${T}</h1><div class="posts-byline">Published on <time datetime="2021-03-15">March 15, 2021</time></div><div class="posts-body">${P}</div></main>`,
    ),
    { title: T, siteName: 'Harbour Notes', datePublished: '2021-03-15' },
  ],
  [
    'writefreely',
    'https://write.example.org/annlee/harbour-vote',
    page(
      `<title>${T} — Ann Lee</title>`,
      `<header><h1 dir="auto" id="blog-title"><a rel="author" href="/annlee/" class="h-card p-author">Ann Lee</a></h1><nav><a href="/annlee/feed/">Subscribe</a></nav></header><article id="post-body" class="norm h-entry"><h2 id="title" class="p-name" dir="auto">${T}</h2><time class="dt-published" datetime="2021-03-15T09:30:00Z" pubdate>March 15, 2021</time><div class="e-content">${P}</div></article>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00Z' },
  ],
  [
    'micro-blog',
    'https://annlee.micro.blog/2021/03/15/harbour-vote.html',
    page(
      `<title>${T} - Ann Lee</title>`,
      `<nav class="main-nav"><a class="normal" href="/">Home</a> <a href="/about/">About</a></nav><section id="wrapper"><article class="h-entry post"><header><h2 class="headline p-name">${T}</h2></header><section class="post-body e-content">${P}</section><footer><a class="u-url" href="https://annlee.micro.blog/2021/03/15/harbour-vote.html"><time class="dt-published" datetime="2021-03-15 09:30:00 +0000">Mar 15, 2021</time></a> <span class="p-author h-card" style="display:none">Ann Lee</span></footer></article></section>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00Z' },
  ],
  [
    'squarespace',
    'https://www.harbourstudio.example.com/blog/harbour-vote',
    page(
      `<title>${T} — Harbour Studio</title>`,
      `<header class="Header"><div class="Header-branding"><a href="/" class="Header-branding-logo">Harbour Studio</a></div></header><main class="Main"><article class="BlogItem hentry" data-item-id="6050"><div class="BlogItem-meta"><div class="blog-item-author-date-wrapper"><div class="blog-author"><a href="/blog?author=5f1a2b3c" class="blog-author-name">Ann Lee</a></div><time class="blog-meta-item blog-meta-item--date" datetime="2021-03-15">March 15, 2021</time></div></div><h1 class="entry-title entry-title--large p-name" data-content-field="title">${T}</h1><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="sqs-block html-block">${P}</div></div></article></main>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15', siteName: 'Harbour Studio' },
  ],
  [
    'wix-blog',
    'https://www.harbourstudio.example.com/post/harbour-vote',
    page(
      `<title>${T}</title><meta property="og:site_name" content="Harbour Studio">`,
      `<main id="PAGES_CONTAINER"><article data-hook="post"><div data-hook="post-header"><div data-hook="avatar-image"><img src="https://static.wixstatic.example.com/media/ann.jpg" alt=""></div><span data-hook="user-name" class="tQ0Q1A user-name">Ann Lee</span><ul><li><span data-hook="time-ago" title="Mar 15, 2021">Mar 15, 2021</span></li><li><span data-hook="time-to-read">4 min read</span></li></ul></div><h1 data-hook="post-title" class="blog-post-title-font">${T}</h1><div data-hook="post-description">${P}</div></article></main>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15' },
  ],
  [
    'webflow-cms',
    'https://www.harbour.example.com/blog/harbour-vote',
    page(
      `<title>${T}</title>`,
      `<div class="navbar w-nav"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://uploads-ssl.webflow.example.com/logo.svg" loading="lazy" alt=""></a></div><div class="section"><div class="container w-container"><h1 class="blog-post-title">${T}</h1><div class="blog-post-meta"><div class="text-block-4">By</div><div class="author-name">Ann Lee</div><div class="text-block-5">March 15, 2021</div></div><img src="https://uploads-ssl.webflow.example.com/6050/quay-main.jpg" loading="lazy" sizes="(max-width: 767px) 92vw, 940px" srcset="https://uploads-ssl.webflow.example.com/6050/quay-main-p-500.jpg 500w, https://uploads-ssl.webflow.example.com/6050/quay-main.jpg 1600w" alt="" class="blog-post-main-image"><div class="rich-text-block w-richtext">${P}</div></div></div>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15',
      image: 'https://uploads-ssl.webflow.example.com/6050/quay-main.jpg',
    },
  ],
  [
    'hubspot',
    'https://blog.harbour.example.com/harbour-vote',
    page(
      `<title>${T}</title>`,
      `<header class="header"><a class="header__logo" href="https://www.harbour.example.com"><img src="/hubfs/logo.png" alt="Harbour Board"></a></header><main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${T}</span></h1><div class="blog-post__meta"><a href="https://blog.harbour.example.com/author/ann-lee" rel="author">Ann Lee</a><time datetime="2021-03-15 09:30:00" class="blog-post__timestamp">Mar 15, 2021 9:30:00 AM</time></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">${P}</span></div></article></div></div></main>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15T09:30:00',
      siteName: 'Harbour Board',
    },
  ],
  [
    'livejournal',
    'https://annlee.livejournal.example.com/12345.html',
    page(
      `<title>Ann Lee — ${T}</title>`,
      `<div class="s-header"><h1 class="s-title"><a href="https://annlee.livejournal.example.com/">Ann Lee</a></h1></div><article class="b-singlepost hentry"><div class="b-singlepost-author"><span class="ljuser i-ljuser i-ljuser-type-P" data-ljuser="annlee" lj:user="annlee"><a href="https://annlee.livejournal.example.com/profile/" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="https://l-stat.example.com/img/userinfo_v8.svg" width="17" height="17"></a><a href="https://annlee.livejournal.example.com/" class="i-ljuser-username"><b>annlee</b></a></span> <time class="b-singlepost-author-date published dt-published">March 15th, 2021, 09:30 am</time></div><h1 class="b-singlepost-title entry-title p-name">${T}</h1><div class="b-singlepost-body entry-content e-content">${P}</div></article>`,
    ),
    { title: T, datePublished: '2021-03-15T09:30:00' },
  ],
  [
    'docsy-blog',
    'https://docs.harbour.example.org/blog/2021/03/15/harbour-vote/',
    page(
      `<title>${T} | Harbour Docs</title>`,
      `<header><nav class="js-navbar-scroll navbar navbar-expand"><a class="navbar-brand" href="/"><span class="navbar-brand__name">Harbour Docs</span></a></nav></header><div class="container-fluid td-outer"><main class="col-12 col-md-9 col-xl-8 ps-md-5 pe-md-4" role="main"><div class="td-content"><h1>${T}</h1><div class="lead">The board put off the quay decision again.</div><div class="td-byline mb-4">By <b>Ann Lee</b> | <time datetime="2021-03-15" class="text-body-secondary">Monday, March 15, 2021</time></div>${P}</div></main></div>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15', siteName: 'Harbour Docs' },
  ],
  [
    'mkdocs-material-blog',
    'https://docs.harbour.example.org/blog/2021/03/15/harbour-vote/',
    page(
      `<title>${T} - Harbour Docs</title>`,
      `<header class="md-header"><nav class="md-header__inner md-grid"><a href="../../../../.." title="Harbour Docs" class="md-header__button md-logo">icon</a><div class="md-header__title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">Harbour Docs</span></div></div></div></nav></header><div class="md-container"><main class="md-main"><div class="md-main__inner md-grid"><div class="md-sidebar md-sidebar--post"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner md-post"><nav class="md-nav md-nav--primary"><div class="md-post__back"><a href="../../../../../" class="md-nav__link">Back to index</a></div><div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="https://avatars.example.com/ann.png" alt="Ann Lee"></span><span class="md-profile__description"><strong>Ann Lee</strong><br>Maintainer</span></div></div><ul class="md-post__meta md-nav__list"><li class="md-nav__item md-nav__item--section"><div class="md-post__title"><span class="md-ellipsis">Metadata</span></div><nav class="md-nav"><ul class="md-nav__list"><li class="md-nav__item"><div class="md-nav__link"><span class="md-icon" title="Published"></span><time datetime="2021-03-15 00:00:00" class="md-ellipsis">March 15, 2021</time></div></li><li class="md-nav__item"><div class="md-nav__link"><span class="md-icon" title="Read time"></span><span class="md-ellipsis">4 min read</span></div></li></ul></nav></li></ul></nav></div></div></div><div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset"><h1 id="harbour-vote">${T}</h1>${P}</article></div></div></main></div>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15', siteName: 'Harbour Docs' },
  ],
  [
    'hugo-book',
    'https://docs.harbour.example.org/docs/harbour-vote/',
    page(
      `<title>${T} | Harbour Docs</title>`,
      `<main class="container flex"><aside class="book-menu"><div class="book-menu-content"><nav><h2 class="book-brand"><a class="flex align-center" href="/"><span>Harbour Docs</span></a></h2><ul><li><a href="/docs/harbour-vote/" class="active">${T}</a></li></ul></nav></div></aside><div class="book-page"><header class="book-header"><div class="flex align-center justify-between"><h3>${T}</h3></div></header><article class="markdown book-article"><h1 id="harbour-vote">${T}<a class="anchor" href="#harbour-vote">#</a></h1>${P}</article></div></main>`,
    ),
    { title: T, siteName: 'Harbour Docs' },
  ],
  [
    'docsify',
    'https://docs.harbour.example.org/#/harbour-vote',
    page(
      `<title>${T} - Harbour Docs</title>`,
      `<main><aside class="sidebar"><h1 class="app-name"><a class="app-name-link" data-nosearch href="/">Harbour Docs</a></h1><div class="sidebar-nav"><ul><li class="active"><a class="section-link" href="#/harbour-vote">${T}</a></li></ul></div></aside><section class="content"><article class="markdown-section" id="main"><h1 id="harbour-vote"><a href="#/harbour-vote?id=harbour-vote" data-id="harbour-vote" class="anchor"><span>${T}</span></a></h1>${P}</article></section></main>`,
    ),
    { title: T, siteName: 'Harbour Docs' },
  ],
  [
    'jupyter-book',
    'https://book.harbour.example.org/harbour-vote.html',
    page(
      `<title>${T} — Harbour Book</title>`,
      `<div class="bd-sidebar-primary bd-sidebar"><div class="sidebar-header-items sidebar-primary__section"><a class="navbar-brand logo" href="intro.html"><img src="_static/logo.png" class="logo__image only-light" alt="Harbour Book - Home"><p class="title logo__title">Harbour Book</p></a></div></div><main id="main-content" class="bd-main"><div class="bd-content"><div class="bd-article-container"><article class="bd-article"><section class="tex2jax_ignore mathjax_ignore" id="harbour-vote"><h1>${T}<a class="headerlink" href="#harbour-vote" title="Link to this heading">#</a></h1>${P}</section></article></div></div></main>`,
    ),
    { title: T, siteName: 'Harbour Book' },
  ],
];

describe('eighth-batch blog, builder and docs templates: the fields a reader sees', () => {
  it.each(ROWS)('%s', checkFields);
});
