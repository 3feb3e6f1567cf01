// @vitest-environment jsdom
// Issue #14's ninth batch: scientific articles (arXiv, PubMed, PLOS, MDPI, Frontiers), Wikipedia, Chinese platforms (Jianshu, Zhihu) and Polish, Dutch and Portuguese newsrooms, as their pages render, with only the structured data and meta
// tags the template prints. Small pages of my own reproducing each template's structure, never copied.
import { describe, it } from 'vitest';
import { checkFields, page, TEMPLATE_TEXT, type TemplateRow } from './testing';

const P = TEMPLATE_TEXT;
const T = 'Harbour vote delayed';

const ROWS: TemplateRow[] = [
  [
    'arxiv',
    'https://arxiv.org/abs/2103.08888',
    page(
      `<title>[2103.08888] ${T}</title><meta name="citation_title" content="${T}"><meta name="citation_author" content="Lee, Ann"><meta name="citation_author" content="Smith, Bob"><meta name="citation_date" content="2021/03/15"><meta name="citation_online_date" content="2021/03/16"><meta name="citation_pdf_url" content="http://arxiv.org/pdf/2103.08888"><meta name="citation_arxiv_id" content="2103.08888"><meta property="og:type" content="website"><meta property="og:site_name" content="arXiv.org"><meta property="og:title" content="${T}"><meta property="og:url" content="https://arxiv.org/abs/2103.08888v1"><meta property="og:image" content="/static/browse/0.3.4/images/arxiv-logo-fb.png">`,
      `<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>${T}</h1><div class="authors"><span class="descriptor">Authors:</span><a href="https://arxiv.org/search/cs?searchtype=author&amp;query=Lee,+A">Ann Lee</a>, <a href="https://arxiv.org/search/cs?searchtype=author&amp;query=Smith,+B">Bob Smith</a></div><div class="dateline">[Submitted on 15 Mar 2021]</div><blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>${P}</blockquote></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee', 'Bob Smith'],
      siteName: 'arXiv.org',
      datePublished: '2021-03-15',
    },
  ],
  [
    'pubmed',
    'https://pubmed.ncbi.nlm.nih.gov/33700000/',
    page(
      `<title>${T} - PubMed</title><meta name="citation_title" content="${T}"><meta name="citation_authors" content="Ann Lee;Bob Smith"><meta name="citation_date" content="2021 Mar 15"><meta name="citation_publisher" content="Harbour Journal"><meta name="citation_journal_title" content="Harbour Journal"><meta property="og:title" content="${T} - PubMed"><meta property="og:site_name" content="PubMed">`,
      `<main class="article-details" id="article-details"><header class="heading" id="heading"><div class="full-view" id="full-view-heading"><div class="article-citation"><div class="article-source"><div class="journal-actions dropdown-block"><button class="journal-actions-trigger trigger" title="Harbour Journal">Harbour J</button></div><span class="cit">2021 Mar 15;12(3):45-67.</span></div></div><h1 class="heading-title">${T}</h1><div class="inline-authors"><div class="authors"><div class="authors-list"><span class="authors-list-item"><a class="full-name" href="/?term=Lee+A&amp;cauthor_id=33700000" data-ga-label="Ann Lee">Ann Lee</a><sup class="affiliation-links"><span class="author-sup-separator"> </span><a class="affiliation-link" href="#full-view-affiliation-1">1</a></sup><span class="comma">,&nbsp;</span></span><span class="authors-list-item"><a class="full-name" href="/?term=Smith+B&amp;cauthor_id=33700000" data-ga-label="Bob Smith">Bob Smith</a></span></div></div></div></div></header><div class="abstract" id="abstract"><h2 class="title">Abstract</h2><div class="abstract-content selected" id="eng-abstract">${P}</div></div></main>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee', 'Bob Smith'],
      siteName: 'PubMed',
      datePublished: '2021-03-15',
    },
  ],
  [
    'plos',
    'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0240000',
    page(
      `<title>${T} | PLOS ONE</title><meta name="citation_title" content="${T}"><meta name="citation_author" content="Ann Lee"><meta name="citation_author_institution" content="Harbour University"><meta name="citation_author" content="Bob Smith"><meta name="citation_date" content="2021/3/15"><meta name="citation_publisher" content="Public Library of Science"><meta name="citation_journal_title" content="PLOS ONE"><meta name="dc.identifier" content="10.1371/journal.pone.0240000"><meta property="og:type" content="article"><meta property="og:title" content="${T}"><meta property="og:image" content="https://journals.plos.org/plosone/article/figure/image?id=10.1371/journal.pone.0240000.g001&amp;size=inline">`,
      `<div id="pagehdr"><h1 id="artTitle">${T}</h1><ul class="author-list clearfix"><li data-js-tooltip="tooltip_trigger"><a class="author-name">Ann Lee</a>,</li><li><a class="author-name">Bob Smith</a></li></ul><ul class="date-doi"><li id="artPubDate">Published: March 15, 2021</li></ul></div><div class="article-text" id="artText">${P}</div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee', 'Bob Smith'],
      datePublished: '2021-03-15',
    },
  ],
  [
    'mdpi',
    'https://www.mdpi.com/2071-1050/13/6/3000',
    page(
      `<title>Sustainability | Free Full-Text | ${T}</title><meta name="title" content="${T}"><meta name="citation_title" content="${T}"><meta name="citation_author" content="Lee, Ann"><meta name="citation_author" content="Smith, Bob"><meta name="citation_publication_date" content="2021/3"><meta name="citation_online_date" content="2021/03/15"><meta name="citation_journal_title" content="Sustainability"><meta name="citation_publisher" content="Multidisciplinary Digital Publishing Institute"><meta name="dc.title" content="${T}"><meta name="dc.creator" content="Ann Lee"><meta name="dc.creator" content="Bob Smith"><meta name="dc.date" content="2021-03-15"><meta property="og:title" content="${T}"><meta property="og:image" content="https://pub.mdpi-res.com/sustainability/sustainability-13-03000/article_deploy/html/images/sustainability-13-03000-g001-550.jpg">`,
      `<div class="content__container"><h1 class="title hypothesis_container" itemprop="name">${T}</h1><div class="art-authors hypothesis_container">by <span class="inlineblock"><div class="profile-card-drop">Ann Lee</div></span> and <span class="inlineblock"><div class="profile-card-drop">Bob Smith</div></span></div><div class="pubhistory">Received: 1 February 2021 / Revised: 1 March 2021 / Accepted: 10 March 2021 / Published: 15 March 2021</div><div class="art-abstract">${P}</div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee', 'Bob Smith'],
      datePublished: '2021-03-15',
      image:
        'https://pub.mdpi-res.com/sustainability/sustainability-13-03000/article_deploy/html/images/sustainability-13-03000-g001-550.jpg',
    },
  ],
  [
    'frontiers',
    'https://www.frontiersin.org/articles/10.3389/fmars.2021.600000/full',
    page(
      `<title>Frontiers | ${T}</title><meta name="citation_title" content="${T}"><meta name="citation_author" content="Lee, Ann"><meta name="citation_author" content="Smith, Bob"><meta name="citation_publication_date" content="2021/03/15"><meta name="citation_journal_title" content="Frontiers in Marine Science"><meta name="citation_publisher" content="Frontiers"><meta property="og:title" content="${T}"><meta property="og:site_name" content="Frontiers">`,
      `<div class="JournalAbstract"><h1>${T}</h1><div class="authors"><a href="https://loop.frontiersin.org/people/123/overview" class="user-id-123"><img class="pr5" src="https://loop.frontiersin.org/images/profile/123/24" alt="Ann Lee">Ann Lee</a><sup>1</sup> and <a href="https://loop.frontiersin.org/people/456/overview">Bob Smith</a><sup>2</sup></div>${P}</div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee', 'Bob Smith'],
      siteName: 'Frontiers',
      datePublished: '2021-03-15',
    },
  ],
  [
    'wikipedia',
    'https://en.wikipedia.org/wiki/Harbour_vote',
    page(
      `<title>Harbour vote - Wikipedia</title><meta property="og:title" content="Harbour vote - Wikipedia"><meta property="og:type" content="website"><meta property="og:image" content="https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Quay.jpg/1200px-Quay.jpg">`,
      `<div class="mw-page-container"><header class="vector-header mw-header"><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" width="50" height="50"><span class="mw-logo-container"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"></span></a></header><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Harbour vote</span></h1></header><div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">${P}</div></div></div></main><div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 15 March 2021, at 09:30<span class="anonymous-show">&#160;(UTC)</span>.</li></ul></footer></div></div>`,
    ),
    {
      title: 'Harbour vote',
      authors: [],
      siteName: 'Wikipedia',
      image: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Quay.jpg/1200px-Quay.jpg',
      datePublished: undefined,
    },
  ],
  [
    'jianshu',
    'https://www.jianshu.com/p/abc123def456',
    page(
      `<title>${T} - 简书</title><meta name="description" content="The harbour board met on Tuesday.">`,
      `<div id="__next"><header class="_1h_0vR"><a href="/" class="_3SFVlH"><img src="/logo.png" alt="简书"></a></header><div class="_21bLU4 _3kbg6I"><div class="_3VRLsv" role="main"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku" title="${T}">${T}</h1><div class="rEsl9f"><div class="_2mYfmT"><a class="_1qp91i _1OhGeD" href="/u/a1b2c3" target="_blank" rel="noopener noreferrer"><img class="_13D2Eh" src="https://upload.jianshu.io/users/upload_avatars/1/a.jpg" alt=""></a><div style="margin-left:8px"><div class="_3U4Smb"><span class="FxYr8x"><a class="_1OhGeD" href="/u/a1b2c3" target="_blank" rel="noopener noreferrer">张三</a></span></div><div class="s-dsoj"><time datetime="2021-03-15T01:30:00.000Z">2021.03.15 09:30:00</time><span>字数 1,200</span><span>阅读 300</span></div></div></div></div><article class="_2rhmJa">${P}</article></section></div></div></div></div>`,
      'zh-CN',
    ),
    { title: 'Harbour vote delayed', siteName: '简书', datePublished: '2021-03-15T01:30:00.000Z' },
  ],
  [
    'zhihu',
    'https://zhuanlan.zhihu.com/p/356000000',
    page(
      `<title>${T} - 知乎</title><meta property="og:title" content="${T}"><meta property="og:site_name" content="知乎专栏">`,
      `<div id="root"><div class="App"><main role="main" class="App-main"><div class="Post-content"><article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">${T}</h1><div class="Post-Author"><div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="张三"><meta itemprop="image" content="https://pic1.zhimg.com/v2-a.jpg"><meta itemprop="url" content="https://www.zhihu.com/people/zhangsan"><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" target="_blank" href="//www.zhihu.com/people/zhangsan">张三</a></span></div></div></div></div></header><div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">${P}</div></div><div class="ContentItem-time">发布于 2021-03-15 09:30</div></article></div></main></div></div>`,
      'zh',
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['张三'],
      siteName: '知乎专栏',
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'polish-news',
    'https://wiadomosci.portal.example.pl/harbour-vote-delayed/abc123',
    page(
      `<title>${T} - Wiadomości</title>`,
      `<header class="header"><a class="logo" href="https://www.portal.example.pl/"><img src="/logo.svg" alt="Portal"></a></header><article class="detail"><h1 class="mainTitle">${T}</h1><div class="authorAndDate"><span class="author">Ann Lee</span><span class="datePublished">15 marca 2021, 09:30</span></div><div class="lead">Rada portu odłożyła głosowanie.</div><div class="articleBody">${P}</div></article>`,
      'pl',
    ),
    { title: 'Harbour vote delayed', authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00' },
  ],
  [
    'dutch-news',
    'https://www.krant.example.nl/regio/harbour-vote-delayed~a1234/',
    page(
      `<title>${T} | De Krant</title>`,
      `<header><a class="brand" href="/">De Krant</a></header><main><article class="article"><header class="article__header"><h1 class="article__title">${T}</h1><p class="article__intro">De havenraad stelt de stemming uit.</p><div class="article__meta"><span class="article__author">Ann Lee</span><span class="article__time">15 maart 2021, 09:30</span></div></header><div class="article__body">${P}</div></article></main>`,
      'nl',
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'De Krant',
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'portuguese-news',
    'https://g1.noticias.example.com.br/sp/noticia/2021/03/15/harbour-vote-delayed.ghtml',
    page(
      `<title>${T} | São Paulo | Notícias</title>`,
      `<main><div class="content-head"><h1 class="content-head__title" itemprop="headline">${T}</h1></div><div class="content-publication-data"><p class="content-publication-data__from">Por <a href="/autor/ann-lee">Ann Lee</a>, Notícias SP</p><p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2021-03-15T12:30:00.000Z">15/03/2021 09h30</time> Atualizado há 2 anos</p></div><article itemprop="articleBody">${P}</article></main>`,
      'pt-BR',
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Notícias',
      datePublished: '2021-03-15T12:30:00.000Z',
    },
  ],
  [
    'dutch-abbrev',
    'https://www.omroep.example.nl/nieuws/123/harbour-vote-delayed',
    page(
      `<title>${T} | Omroep</title>`,
      `<main><article><h1>${T}</h1><div class="article-meta"><span class="date">ma 15 mrt 2021, 09:30</span></div>${P}</article></main>`,
      'nl',
    ),
    { title: 'Harbour vote delayed', siteName: 'Omroep', datePublished: '2021-03-15T09:30:00' },
  ],
  [
    'polish-numeric',
    'https://www.gazeta.example.pl/wiadomosci/harbour-vote-delayed',
    page(
      `<title>${T} - Gazeta</title>`,
      `<main><article><h1>${T}</h1><div class="article-info"><span class="article-date">15.03.2021 09:30</span><span class="article-author">Ann Lee</span></div>${P}</article></main>`,
      'pl',
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Gazeta',
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'portuguese-long',
    'https://www.jornal.example.pt/sociedade/harbour-vote-delayed',
    page(
      `<title>${T} – Jornal</title>`,
      `<main><article><h1>${T}</h1><p class="byline">Por <a href="/autor/ann-lee">Ann Lee</a></p><p class="data">15 de março de 2021 às 09:30</p>${P}</article></main>`,
      'pt',
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Jornal',
      datePublished: '2021-03-15T09:30:00',
    },
  ],
];

describe('ninth batch: science-intl', () => {
  it.each<TemplateRow>(ROWS)('%s', checkFields);
});
