// @vitest-environment jsdom
// Issue #14's seventh batch: blog and site generators, docs and forums. Small pages of my own reproducing each template's rendered
// structure (read in the templates' repositories or their rendered output, never copied), without
// structured data or meta tags beyond `<title>`, as archived and stripped copies arrive. Each row
// lists the fields a reader sees for that page; the kinds they showed have their own tables
// (batch7-dates, batch7-labelled-dates, batch7-pages, batch7-owner-links, batch7-titles).
import { describe, it } from 'vitest';
import { checkFields, page, TEMPLATE_TEXT, type TemplateRow } from './testing';

const P = TEMPLATE_TEXT;
const T = 'Harbour vote delayed';

const ROWS: TemplateRow[] = [
  [
    'hugo-stack',
    'https://notes.example.org/p/harbour-vote/',
    page(
      `<title>${T} | Harbour Notes</title>`,
      `<div class="container main-container"><aside class="sidebar left-sidebar"><header><figure class="site-avatar"><a href="/"><img src="/img/avatar_hu123.png" width="300" height="300" class="site-logo" loading="lazy" alt="Avatar"></a></figure><div class="site-meta"><h1 class="site-name"><a href="/">Harbour Notes</a></h1><h2 class="site-description">Notes from the quay</h2></div></header></aside><main class="main full-width"><article class="has-image main-article"><header class="article-header"><div class="article-image"><a href="/p/harbour-vote/"><img src="/p/harbour-vote/cover_hu3d03a01dcc18bc5be0e67db3d8d209a6_1.jpg" srcset="/p/harbour-vote/cover_hu_a.jpg 800w, /p/harbour-vote/cover_hu_b.jpg 1600w" width="800" height="533" loading="lazy" alt="Featured image of post ${T}"></a></div><div class="article-details"><header class="article-category"><a href="/categories/news/">News</a></header><div class="article-title-wrapper"><h2 class="article-title"><a href="/p/harbour-vote/">${T}</a></h2><h3 class="article-subtitle">The board put off the quay decision again</h3></div><footer class="article-time"><div><svg class="icon icon-tabler-calendar-time"></svg><time class="article-time--published">Mar 15, 2021</time></div><div><svg class="icon"></svg><time class="article-time--reading">5 minute read</time></div></footer></div></header><section class="article-content">${P}</section></article></main></div>`,
    ),
    {
      title: T,
      datePublished: '2021-03-15',
      siteName: 'Harbour Notes',
      image:
        'https://notes.example.org/p/harbour-vote/cover_hu3d03a01dcc18bc5be0e67db3d8d209a6_1.jpg',
    },
  ],
  [
    'blowfish',
    'https://ann.example.org/posts/harbour-vote/',
    page(
      `<title>${T} · Ann's Notes</title>`,
      `<header class="py-6 font-semibold"><nav><div><a class="text-base font-medium" rel="me" href="/">Ann's Notes</a></div></nav></header><main><article><div id="hero" class="h-[150px] md:h-[200px]"></div><header id="single_header" class="mt-5 max-w-prose"><ol class="text-sm text-neutral-500"><li class="inline"><a href="/">Ann's Notes</a><span class="px-1 text-primary-500">/</span></li><li class="inline"><a href="/posts/">Posts</a></li></ol><h1 class="mt-0 text-4xl font-extrabold text-neutral-900">${T}</h1><div class="mt-1 mb-6 text-base text-neutral-500 print:hidden"><div class="flex flex-row flex-wrap items-center"><time datetime="2021-03-15 09:30:00 +0000 UTC">15 March 2021</time><span class="px-2 text-primary-500">&middot;</span><span>812 words</span><span class="px-2 text-primary-500">&middot;</span><span title="Reading time">4 mins</span></div></div><div class="flex author"><img class="!mt-0 !mb-0 h-24 w-24 rounded-full ltr:mr-4" width="96" height="96" alt="Ann Lee" src="/img/ann_hu1.jpg"><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500">Author</div><div class="font-semibold leading-6 text-neutral-800">Ann Lee</div><div class="text-sm text-neutral-700">Writes about harbours.</div></div></div></header><section class="flex flex-col max-w-full mt-0 prose"><div class="min-w-0 min-h-0 max-w-fit"><div class="article-content max-w-prose mb-20">${P}</div></div></section></article></main>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00Z' },
  ],
  [
    'congo',
    'https://ann.example.org/posts/harbour-vote/',
    page(
      `<title>${T} &middot; Ann's Notes</title>`,
      `<main class="grow"><article><header class="max-w-prose"><h1 class="mt-0 text-4xl font-extrabold">${T}</h1><div class="mt-8 mb-12 text-base text-neutral-500 print:hidden"><div class="flex flex-row flex-wrap items-center"><time datetime="2021-03-15 09:30:00 &#43;0000 UTC">15 March 2021</time><span class="px-2 text-primary-500">&middot;</span><span title="Reading time">4 mins</span></div></div></header><section class="flex flex-col max-w-full mt-0 prose lg:flex-row dark:prose-invert"><div class="min-w-0 min-h-0 max-w-prose grow">${P}</div></section><footer class="pt-8 max-w-prose print:hidden"><div class="flex"><img class="!mt-0 !mb-0 h-24 w-24 rounded-full ltr:mr-4 rtl:ml-4" width="96" height="96" alt="Ann Lee" src="/img/ann.jpg"><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500">Author</div><div class="font-semibold leading-6 text-neutral-800">Ann Lee</div></div></div></footer></article></main>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00Z' },
  ],
  [
    'astropaper',
    'https://ann.example.org/posts/harbour-vote/',
    page(
      `<title>${T} | AstroPaper</title>`,
      `<header><a id="skip-to-content" href="#main-content">Skip to content</a><div class="nav-container"><a href="/" class="logo whitespace-nowrap">AstroPaper</a></div></header><main id="main-content" class="mx-auto w-full max-w-3xl px-4 pb-12"><h1 class="post-title inline-block text-2xl font-bold text-accent sm:text-3xl">${T}</h1><div class="flex items-center gap-x-2 opacity-80"><svg class="inline-block size-6"></svg><span class="sr-only">Published:</span><span class="text-sm italic sm:text-base">15 Mar, 2021<span aria-hidden="true"> | </span><span class="sr-only">&nbsp;at&nbsp;</span><span class="text-nowrap">09:30 AM</span></span></div><article id="article" class="prose mx-auto mt-8 max-w-3xl">${P}</article></main>`,
    ),
    { title: T, siteName: 'AstroPaper', datePublished: '2021-03-15T09:30:00' },
  ],
  [
    'zola-tabi',
    'https://ann.example.org/blog/harbour-vote/',
    page(
      `<title>Ann Lee • ${T}</title>`,
      `<header><nav class="navbar"><div class="nav-title"><a class="home-title" href="/">Ann Lee</a></div></nav></header><main><article class="h-entry"><h1 class="p-name article-title">${T}</h1><ul class="meta"><li class="p-author">Ann Lee</li><li title="15 March 2021"><span class="separator" aria-hidden="true">•</span><time class="dt-published" datetime="2021-03-15">15th Mar 2021</time></li><li title="812 words"><span class="separator" aria-hidden="true">•</span>4 min read</li></ul><section class="e-content body">${P}</section></article></main>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15' },
  ],
  [
    'zola-after-dark',
    'https://ann.example.org/harbour-vote/',
    page(
      `<title>${T}</title>`,
      `<header><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a itemprop="url" class="active" href="/"><span itemprop="name">Home</span></a></nav></header><main><article itemscope itemtype="http://schema.org/BlogPosting"><div itemprop="headline"><h1>${T}</h1><div class="border"></div><time datetime="2021-03-15" class="date" itemprop="datePublished">15 Mar 2021</time></div><div itemprop="articleBody">${P}</div></article></main>`,
    ),
    { title: T, datePublished: '2021-03-15' },
  ],
  [
    'ghost-headline',
    'https://harbour.example.org/harbour-vote/',
    page(
      `<title>${T}</title>`,
      `<header id="gh-head" class="gh-head"><div class="gh-head-inner gh-inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://harbour.example.org">Harbour Daily</a></div></div></header><main class="site-main"><article class="single post tag-news featured"><header class="single-header gh-canvas"><div class="single-meta"><span class="single-meta-item single-meta-date"><time datetime="2021-03-15">Mar 15, 2021</time></span><span class="single-meta-item single-meta-length">4 min read</span></div><h1 class="single-title">${T}</h1><div class="single-excerpt">The board put off the quay decision again.</div><figure class="single-media kg-width-wide"><img srcset="/content/images/size/w400/2021/03/quay.jpg 400w, /content/images/size/w750/2021/03/quay.jpg 750w, /content/images/size/w960/2021/03/quay.jpg 960w" sizes="(min-width: 1200px) 920px, 92vw" src="/content/images/size/w960/2021/03/quay.jpg" alt="${T}"></figure></header><div class="single-content gh-content gh-canvas">${P}</div><footer class="single-footer gh-canvas"><div class="author-list"><a class="author-image" href="/author/ann/"><img src="/content/images/size/w100/2021/03/ann.jpg" alt="Ann Lee"></a></div><div class="single-footer-middle"><div class="single-footer-top"><h3 class="single-footer-title">Published by:</h3><div class="author-list"><div class="author-image-placeholder u-placeholder square"><a href="/author/ann/" title="Ann Lee">Ann Lee</a></div></div></div></div></footer></article></main><footer class="gh-foot"><div class="gh-foot-inner gh-inner"><div class="gh-copyright">Harbour Daily © 2021</div></div></footer>`,
    ),
    {
      title: T,
      siteName: 'Harbour Daily',
      authors: ['Ann Lee'],
      datePublished: '2021-03-15',
      image: 'https://harbour.example.org/content/images/size/w960/2021/03/quay.jpg',
    },
  ],
  [
    'lobsters',
    'https://lobste.rs/s/abc123/harbour_vote_delayed',
    page(
      `<title>${T} | Lobsters</title>`,
      `<header id="nav"><div id="headerleft"><a id="l_holder" class="" href="/" title="Lobsters (Current traffic: 12%)"></a></div></header><div id="inside"><ol class="stories list"><li id="story_abc123" data-shortid="abc123" class="story"><div class="story_liner h-entry"><div class="voters"><a class="upvoter" href="/login"></a><div class="score">12</div></div><div class="details"><span role="heading" aria-level="1" class="link h-cite u-repost-of"><a class="u-url" href="https://harbour.example.org/vote" rel="ugc noreferrer">${T}</a></span><span class="tags"><a class="tag tag_news" title="News" href="/t/news">news</a></span><a class="domain" href="/domains/harbour.example.org">harbour.example.org</a><div class="byline"><a href="/~annlee"><img srcset="/avatars/annlee-16.png 1x, /avatars/annlee-32.png 2x" class="avatar" alt="annlee avatar" loading="lazy" width="16" height="16" src="/avatars/annlee-16.png"></a><span> authored by </span><a class="u-author h-card user_is_author" href="/~annlee">annlee</a> <span title="2021-03-15 09:30:00 -0500">3 hours ago</span> | <a href="/s/abc123/harbour_vote_delayed">12 comments</a></div></div></div></li></ol><div class="story_text">${P}</div></div>`,
    ),
    {
      title: T,
      authors: ['annlee'],
      datePublished: '2021-03-15T09:30:00-05:00',
      siteName: 'Lobsters',
    },
  ],
  [
    'discourse-relative',
    'https://forum.example.org/t/harbour-vote-delayed/123',
    page(
      `<title>${T} - Harbour Forum</title>`,
      `<div id="main-outlet"><h1><a href="/t/harbour-vote-delayed/123">${T}</a></h1><div class="topic-body"><div class="topic-meta-data"><div class="names"><span class="first username"><a href="/u/annlee" data-user-card="annlee">annlee</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/harbour-vote-delayed/123/1"><span title="Mar 15, 2021 9:30 am" data-time="1615800600000" data-format="tiny" class="relative-date">2d</span></a></div></div></div><div class="cooked">${P}</div></div></div>`,
    ),
    { title: T, datePublished: '2021-03-15T09:30:00' },
  ],
  [
    'sphinx-rtd',
    'https://harbourlib.readthedocs.io/en/latest/guide/vote.html',
    page(
      `<title>${T} — harbourlib 1.0 documentation</title>`,
      `<div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home"> harbourlib</a></div></div></nav><section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item active">${T}</li></ul><hr/></div><div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody"><section id="harbour-vote-delayed"><h1>${T}<a class="headerlink" href="#harbour-vote-delayed" title="Link to this heading">¶</a></h1>${P}</section></div></div><footer><hr/><div role="contentinfo"><p>&#169; Copyright 2021, Ann Lee.</p></div>Built with <a href="https://www.sphinx-doc.org/">Sphinx</a></footer></div></div></section></div>`,
    ),
    { title: T, siteName: 'harbourlib 1.0 documentation' },
  ],
  [
    'notion-export',
    'https://ann.example.org/harbour-vote-delayed-3f2a.html',
    page(
      `<title>${T}</title>`,
      `<article id="3f2a" class="page sans"><header><img class="page-cover-image" src="harbour-vote/quay.jpg" style="object-position:center 50%"/><h1 class="page-title">${T}</h1><p class="page-description"></p><table class="properties"><tbody><tr class="property-row property-row-person"><th><span class="icon property-icon"></span>Author</th><td><span class="user"><img src="https://s3.example.com/ann.jpg" class="icon user-icon"/>Ann Lee</span></td></tr><tr class="property-row property-row-created_time"><th><span class="icon property-icon"></span>Created</th><td><time>@March 15, 2021 9:30 AM</time></td></tr></tbody></table></header><div class="page-body">${P}</div></article>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15T09:30:00',
      image: 'https://ann.example.org/harbour-vote/quay.jpg',
    },
  ],
  [
    'typecho-default',
    'https://ann.example.cn/archives/12/',
    page(
      `<title>港口投票推迟 - 安的博客</title>`,
      `<header id="header" class="clearfix"><div class="container"><div class="site-name col-mb-12 col-9"><a id="logo" href="https://ann.example.cn/">安的博客</a><p class="description">记录港口</p></div></div></header><div id="body"><div class="container"><div class="row"><div class="col-mb-12 col-8" id="main" role="main"><article class="post" itemscope itemtype="http://schema.org/BlogPosting"><h1 class="post-title" itemprop="name headline"><a itemprop="url" href="https://ann.example.cn/archives/12/">港口投票推迟</a></h1><ul class="post-meta"><li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="https://ann.example.cn/author/1/" rel="author">张三</a></li><li>时间: <time datetime="2021-03-15T09:30:00+08:00" itemprop="datePublished">2021-03-15</time></li><li>分类: <a href="https://ann.example.cn/category/default/">默认分类</a></li></ul><div class="post-content" itemprop="articleBody"><p>港务局周二开会讨论北码头扩建问题，居民多年来一直反对。</p><p>第二段。</p></div></article></div></div></div></div>`,
      'zh-CN',
    ),
    {
      title: '港口投票推迟',
      siteName: '安的博客',
      authors: ['张三'],
      datePublished: '2021-03-15T09:30:00+08:00',
    },
  ],
  [
    'halo-earth',
    'https://ann.example.cn/archives/harbour-vote',
    page(
      `<title>港口投票推迟 - 安的博客</title>`,
      `<header class="header"><a class="logo" href="/"><img src="/logo.png" alt="安的博客"></a></header><main><div class="post"><h1 class="text-2xl font-semibold">港口投票推迟</h1><div class="mt-3 flex items-center gap-3 text-sm text-gray-500"><span>张三</span><span>发表于 2021-03-15 09:30</span><span>阅读 120</span></div><article class="markdown-body"><p>港务局周二开会讨论北码头扩建问题，居民多年来一直反对。</p><p>第二段。</p></article></div></main>`,
      'zh-CN',
    ),
    { title: '港口投票推迟', siteName: '安的博客', datePublished: '2021-03-15T09:30:00' },
  ],
  [
    'zenn',
    'https://zenn.dev/yamada/articles/harbour-vote',
    page(
      `<title>港の投票延期</title>`,
      `<header class="Header_container"><a href="/" class="Header_logo"><img src="/images/logo-transparent.png" alt="Zenn" width="88" height="20"></a></header><main><div class="ArticleHeader_container__abc"><div class="ArticleHeader_emoji__x"><span class="Emoji_nativeEmoji">⚓</span></div><h1 class="ArticleHeader_title__9N8kp">港の投票延期</h1><div class="ArticleHeader_meta__x"><span class="ArticleHeader_pubDate__xyz"><span data-tooltip-position="bottom" aria-label="2021/03/15 09:30">2021/03/15</span>に公開</span></div></div><div class="View_container"><section class="znc BodyContent_anchorToHeadings"><p>港湾局は火曜日に北埠頭の拡張について議論した。</p><p>二段落目。</p></section><aside><div class="SidebarUserBio_container"><a class="SidebarUserBio_name" href="/yamada">山田太郎</a></div></aside></div></main>`,
      'ja',
    ),
    { title: '港の投票延期', siteName: 'Zenn', datePublished: '2021-03-15' },
  ],
  [
    'note-com',
    'https://note.com/yamada_taro/n/n1a2b3c4d5e6f',
    page(
      `<title>港の投票延期｜山田太郎</title>`,
      `<main><article class="o-noteContentHeader"><h1 class="o-noteContentHeader__title">港の投票延期</h1><div class="o-noteContentHeader__info"><div class="o-noteContentHeader__name"><a href="/yamada_taro" class="a-link"><img src="https://assets.note.com/production/uploads/images/1/profile.jpg" alt="" width="32" height="32" class="a-image">山田太郎</a></div><div class="o-noteContentHeader__date"><time datetime="2021-03-15T09:30:00.000+09:00">2021年3月15日 09:30</time></div></div></article><div class="note-common-styles__textnote-body"><p>港湾局は火曜日に北埠頭の拡張について議論した。</p><p>二段落目。</p></div></main>`,
      'ja',
    ),
    {
      title: '港の投票延期',
      authors: ['山田太郎'],
      datePublished: '2021-03-15T09:30:00.000+09:00',
    },
  ],
];

describe('blog and site generators, docs and forums', () => {
  it.each<TemplateRow>(ROWS)('%s', checkFields);
});
