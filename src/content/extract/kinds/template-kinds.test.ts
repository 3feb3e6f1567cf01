// @vitest-environment jsdom
// Issue #14's fifth batch: small pages reproducing how widely used templates render a post
// (as rendered HTML, text of our own): Ghost (Casper, Source), WordPress (classic and block
// themes), Hugo (PaperMod, Ananke), Jekyll (minima), Docusaurus, Hexo (NexT), VuePress, Blogger,
// Substack, Medium, Drupal (Olivero), Discourse, XenForo, Arc XP. Most carry no structured data,
// as archived or stripped copies of such pages do, so the DOM heuristics decide.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const T = 'Harbour vote delayed';

describe('batch 5: blog and site templates', () => {
  it.each<Case>([
    [
      'Ghost Casper: {{authors}} as links in h4.author-name, avatar links with aria-label',
      'authors',
      page(
        `<title>${T}</title>`,
        `<main id="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">${T}</h1><div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/ann/" class="author-avatar" aria-label="Read more of Ann Lee"><img class="author-profile-image" src="/content/images/size/w100/ann.jpg" alt="Ann Lee"></a></li><li class="author-list-item"><a href="/author/bo/" class="author-avatar" aria-label="Read more of Bo Chen"><img class="author-profile-image" src="/content/images/size/w100/bo.jpg" alt="Bo Chen"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ann/">Ann Lee</a>, <a href="/author/bo/">Bo Chen</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2021-03-15">15 Mar 2021</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div></div></section><a href="#/share" class="gh-button gh-button-share">Share</a></div></header><section class="gh-content gh-canvas">${P}</section></article></main>`,
      ),
      ['Ann Lee', 'Bo Chen'],
      'https://harbour.ghost.io/harbour-vote-delayed/',
    ],
    [
      'Ghost Source: gh-article-author-name, date in gh-article-meta-date',
      'datePublished',
      page(
        `<title>${T}</title>`,
        `<main><article class="gh-article post"><header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/news/">News</a><h1 class="gh-article-title is-title">${T}</h1><div class="gh-meta-share"><div class="gh-article-meta"><div class="gh-article-author-image"><a href="/author/ann/"><img class="author-profile-image" src="/content/images/size/w100/ann.jpg" alt="Ann Lee"></a></div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/ann/">Ann Lee</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2021-03-15">15 Mar 2021</time><span class="gh-article-meta-length"><span class="bull">—</span> 5 min read</span></div></div></div><a href="#/share" class="gh-button gh-button-share">Share</a></div></header><section class="gh-content gh-canvas is-body">${P}</section></article></main>`,
      ),
      '2021-03-15',
      'https://harbour.example.org/harbour-vote-delayed/',
    ],
    [
      'Ghost Casper: feature image with a srcset and /size/w2000/ in its src',
      'image',
      page(
        `<title>${T}</title>`,
        `<main><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">${T}</h1><figure class="article-image"><img srcset="/content/images/size/w300/2021/03/quay.jpg 300w, /content/images/size/w600/2021/03/quay.jpg 600w, /content/images/size/w1000/2021/03/quay.jpg 1000w, /content/images/size/w2000/2021/03/quay.jpg 2000w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2021/03/quay.jpg" alt="${T}" loading="eager"></figure></header><section class="gh-content gh-canvas">${P}</section></article></main>`,
      ),
      'https://harbour.example.org/content/images/size/w2000/2021/03/quay.jpg',
      'https://harbour.example.org/harbour-vote-delayed/',
    ],
    [
      'Hugo PaperMod: the date only as visible text in the post-meta line',
      'datePublished',
      page(
        `<title>${T} | Harbour Notes</title>`,
        `<main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title">${T}</h1><div class="post-meta"><span title="2021-03-15 09:30:00 +0000 UTC">March 15, 2021</span>&nbsp;·&nbsp;<span>5 min</span>&nbsp;·&nbsp;<span>Ann Lee</span></div></header><div class="post-content">${P}</div></article></main>`,
      ),
      '2021-03-15',
      'https://notes.example.org/posts/harbour-vote/',
    ],
    [
      'Hugo Ananke: "By <strong>Ann Lee</strong>" in a p.tracked',
      'authors',
      page(
        `<title>${T} | Harbour Notes</title>`,
        `<header><div class="pb3-m pb6-l bg-black"><nav class="pv3 ph3 ph4-ns"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Harbour Notes</a></nav></div></header><main class="pb7" role="main"><article class="flex-l mw8 center ph3 flex-wrap justify-between"><header class="mt4 w-100"><aside class="instapaper_ignore left-0 w-100 pb3"><p class="f6 b helvetica tracked">POSTS</p></aside><h1 class="f1 athelas mt3 mb1">${T}</h1><p class="tracked">By <strong>Ann Lee</strong></p><time class="f6 mv4 dib tracked" datetime="2021-03-15T09:30:00Z">March 15, 2021</time><span class="f6 mv4 dib tracked"> - 2 minutes read</span></header><div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${P}</div></article></main>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/posts/harbour-vote/',
    ],
    [
      'Jekyll minima: two microdata authors in post-authors, comma between',
      'authors',
      page(
        `<title>${T} | Harbour Notes</title>`,
        `<header class="site-header"><div class="wrapper"><a class="site-title" rel="author" href="/">Harbour Notes</a></div></header><main class="page-content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">${T}</h1><div class="post-meta"><time class="dt-published" datetime="2021-03-15T09:30:00+00:00" itemprop="datePublished">Mar 15, 2021</time><div class="force-inline post-authors"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Ann Lee</span></span>, <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Bo Chen</span></span></div></div></header><div class="post-content e-content" itemprop="articleBody">${P}</div></article></div></main>`,
      ),
      ['Ann Lee', 'Bo Chen'],
      'https://notes.example.org/2021/03/15/harbour-vote.html',
    ],
    [
      'WordPress classic (Twenty Twenty-One): entry-footer posted-on and byline',
      'authors',
      page(
        `<title>${T} – Harbour Notes</title>`,
        `<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Harbour Notes</a></p></div></header><main id="main" class="site-main"><article id="post-12" class="post-12 post type-post status-publish format-standard hentry entry"><header class="entry-header alignwide"><h1 class="entry-title">${T}</h1></header><div class="entry-content">${P}</div><footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2021-03-15T09:30:00+00:00">March 15, 2021</time></span><span class="byline">By <a href="https://notes.example.org/author/annlee/" rel="author">Ann Lee</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/news/" rel="category tag">News</a></span></div></footer></article></main></div>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/2021/03/15/harbour-vote/',
    ],
    [
      'WordPress block theme: post-author-name block beside "Written by"',
      'authors',
      page(
        `<title>${T} – Harbour Notes</title>`,
        `<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/" rel="home">Harbour Notes</a></p></header><main class="wp-block-group"><h1 class="wp-block-post-title">${T}</h1><div class="wp-block-group"><p>Written by</p><div class="wp-block-post-author-name"><a href="https://notes.example.org/author/annlee/" target="_self" class="wp-block-post-author-name__link">Ann Lee</a></div><p>in</p><div class="taxonomy-category wp-block-post-terms"><a href="/category/news/" rel="tag">News</a></div></div><div class="entry-content wp-block-post-content">${P}</div></main></div>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/2021/03/15/harbour-vote/',
    ],
    [
      'WordPress block theme: post-date block, no article element',
      'datePublished',
      page(
        `<title>${T} – Harbour Notes</title>`,
        `<div class="wp-site-blocks"><main class="wp-block-group"><h1 class="wp-block-post-title">${T}</h1><div class="wp-block-post-date"><time datetime="2021-03-15T09:30:00+00:00">March 15, 2021</time></div><div class="entry-content wp-block-post-content">${P}</div></main></div>`,
      ),
      '2021-03-15T09:30:00Z',
      'https://notes.example.org/harbour-vote/',
    ],
    [
      'WordPress block theme: post-featured-image block',
      'image',
      page(
        `<title>${T} – Harbour Notes</title>`,
        `<div class="wp-site-blocks"><main class="wp-block-group"><h1 class="wp-block-post-title">${T}</h1><figure class="wp-block-post-featured-image"><img width="1024" height="683" src="https://notes.example.org/wp-content/uploads/2021/03/quay-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" style="object-fit:cover;" decoding="async" fetchpriority="high"></figure><div class="entry-content wp-block-post-content">${P}</div></main></div>`,
      ),
      'https://notes.example.org/wp-content/uploads/2021/03/quay-1024x683.jpg',
      'https://notes.example.org/harbour-vote/',
    ],
    [
      'Docusaurus blog: author microdata in an avatar block, date in <time itemprop>',
      'authors',
      page(
        `<title>${T} | Harbour Docs</title>`,
        `<nav class="navbar"><a class="navbar__brand" href="/"><b class="navbar__title">Harbour Docs</b></a></nav><main class="col col--7" itemscope itemtype="https://schema.org/Blog"><article itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><header><h1 class="title_f1Hy" itemprop="headline">${T}</h1><div class="container_mt6G margin-vert--md"><time datetime="2021-03-15T00:00:00.000Z" itemprop="datePublished">March 15, 2021</time> · 5 min read</div><div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="https://github.com/annlee" target="_blank" rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo" src="https://github.com/annlee.png" alt="Ann Lee"></a><div class="avatar__intro" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="avatar__name"><a href="https://github.com/annlee" target="_blank" rel="noopener noreferrer" itemprop="url"><span itemprop="name">Ann Lee</span></a></div><small class="avatar__subtitle" itemprop="description">Maintainer of Harbour</small></div></div></div></div></header><div class="markdown" itemprop="articleBody">${P}</div></article></main>`,
      ),
      ['Ann Lee'],
      'https://harbour.dev/blog/harbour-vote',
    ],
    [
      'Hexo NexT: hidden author microdata holding a meta name',
      'authors',
      page(
        `<title>${T} | Harbour Notes</title>`,
        `<main class="main"><div class="main-inner post posts-expand"><div class="post-block"><article itemscope itemtype="http://schema.org/Article" class="post-content" lang=""><link itemprop="mainEntityOfPage" href="https://notes.example.org/2021/03/15/harbour-vote/"><span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="image" content="/images/avatar.gif"><meta itemprop="name" content="Ann Lee"></span><span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Harbour Notes"></span><header class="post-header"><h1 class="post-title" itemprop="name headline">${T}</h1><div class="post-meta-container"><div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">Posted on</span><time title="Created: 2021-03-15 09:30:00" itemprop="dateCreated datePublished" datetime="2021-03-15T09:30:00+08:00">2021-03-15</time></span></div></div></header><div class="post-body" itemprop="articleBody">${P}</div></article></div></div></main>`,
      ),
      ['Ann Lee'],
      'https://notes.example.org/2021/03/15/harbour-vote/',
    ],
    [
      'VuePress (theme-hope): the date only in a body <meta property="datePublished">',
      'datePublished',
      page(
        `<title>${T} | Harbour Docs</title>`,
        `<main id="main-content" class="vp-page"><div class="vp-page-title"><h1>${T}</h1><div class="page-info"><span class="page-author-info" aria-label="Author🖊"><span><span class="page-author-item">Ann Lee</span></span><span property="author" content="Ann Lee"></span></span><span class="page-date-info" aria-label="Writing Date📅"><span>3/15/2021</span><meta property="datePublished" content="2021-03-15T00:00:00.000Z"></span><span class="page-reading-time-info" aria-label="Reading Time⌛"><span>About 2 min</span></span></div></div><div class="theme-hope-content">${P}</div></main>`,
      ),
      '2021-03-15T00:00:00.000Z',
      'https://docs.example.org/posts/harbour-vote.html',
    ],
    [
      'VuePress (theme-hope): the author in page-author-item',
      'authors',
      page(
        `<title>${T} | Harbour Docs</title>`,
        `<main id="main-content" class="vp-page"><div class="vp-page-title"><h1>${T}</h1><div class="page-info"><span class="page-author-info" aria-label="Author🖊"><span><span class="page-author-item">Ann Lee</span></span><span property="author" content="Ann Lee"></span></span><span class="page-date-info" aria-label="Writing Date📅"><span>3/15/2021</span></span></div></div><div class="theme-hope-content">${P}</div></main>`,
      ),
      ['Ann Lee'],
      'https://docs.example.org/posts/harbour-vote.html',
    ],
  ])('%s (%s)', check);
});
