// @vitest-environment jsdom
// Issue #14's seventh batch: CMS themes, Asian platforms and European newsrooms. Small pages of my own reproducing each template's rendered
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
    'qiita',
    'https://qiita.com/yamada_taro/items/0123456789abcdef0123',
    page(
      `<title>港の投票延期 #Python - Qiita</title>`,
      `<div id="main"><article><div class="style-header"><div class="style-user"><a href="/yamada_taro"><img src="https://qiita-user.example/yamada.png" width="24" height="24" alt="yamada_taro"></a><a href="/yamada_taro" class="style-username">@yamada_taro(山田 太郎)</a></div><h1 class="style-title">港の投票延期</h1><div class="style-dates"><time datetime="2021-03-15T09:30:00Z">投稿日 2021年03月15日</time></div></div><section class="it-MdContent"><p>港湾局は火曜日に北埠頭の拡張について議論した。</p><p>二段落目。</p></section></article></div>`,
      'ja',
    ),
    {
      title: '港の投票延期',
      siteName: 'Qiita',
      authors: ['山田 太郎'],
      datePublished: '2021-03-15T09:30:00Z',
    },
  ],
  [
    'it-news',
    'https://www.notizie.example.it/cronaca/2021/03/15/news/voto_porto_rinviato-123/',
    page(
      `<title>Voto sul porto rinviato - Il Notiziario</title>`,
      `<main><article class="story"><header class="story__header"><h1 class="story__title">Voto sul porto rinviato</h1><div class="story__summary">Il consiglio ha rinviato la decisione.</div><div class="story__info"><em class="story__author">di <a href="/autori/mario-rossi">Mario Rossi</a></em><time class="story__date" datetime="">15 Marzo 2021 alle 09:30</time></div></header><div class="story__text"><p>Il consiglio del porto si è riunito martedì per discutere dell'ampliamento della banchina nord, a cui i residenti si oppongono da anni.</p><p>Secondo paragrafo.</p></div></article></main>`,
      'it',
    ),
    {
      title: 'Voto sul porto rinviato',
      authors: ['Mario Rossi'],
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'nl-news',
    'https://www.nieuws.example.nl/artikel/123456-havenstemming-uitgesteld',
    page(
      `<title>Havenstemming uitgesteld | Het Nieuws</title>`,
      `<main><article><header><h1 class="article-title">Havenstemming uitgesteld</h1><div class="article-meta"><span class="author">Door Jan de Vries</span><span class="dateline">maandag 15 maart 2021, 09:30</span></div></header><div class="article-body"><p>Het havenbestuur vergaderde dinsdag over de uitbreiding van de noordkade, waartegen bewoners al jaren bezwaar maken.</p><p>Tweede alinea.</p></div></article></main>`,
      'nl',
    ),
    {
      title: 'Havenstemming uitgesteld',
      authors: ['Jan de Vries'],
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'pl-news',
    'https://wiadomosci.example.pl/glosowanie-w-porcie-przelozone-7a8b9c',
    page(
      `<title>Głosowanie w porcie przełożone - Wiadomości</title>`,
      `<main><article><h1 class="article-title">Głosowanie w porcie przełożone</h1><div class="article-info"><span class="article-author">Autor: Jan Kowalski</span><span class="article-date">15 marca 2021, 09:30</span></div><div class="article-body"><p>Zarząd portu zebrał się we wtorek, aby omówić rozbudowę północnego nabrzeża, której mieszkańcy sprzeciwiają się od lat.</p><p>Drugi akapit.</p></div></article></main>`,
      'pl',
    ),
    {
      title: 'Głosowanie w porcie przełożone',
      authors: ['Jan Kowalski'],
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'tr-news',
    'https://www.haber.example.com.tr/gundem/liman-oylamasi-ertelendi-123456',
    page(
      `<title>Liman oylaması ertelendi - Haber Gazetesi</title>`,
      `<main><article><h1 class="news-title">Liman oylaması ertelendi</h1><div class="news-info"><span class="news-author">Ahmet Yılmaz</span><span class="news-date">15 Mart 2021 Pazartesi 09:30</span></div><div class="news-body"><p>Liman yönetimi salı günü kuzey rıhtımın genişletilmesini görüşmek üzere toplandı; bölge sakinleri yıllardır buna karşı çıkıyor.</p><p>İkinci paragraf.</p></div></article></main>`,
      'tr',
    ),
    // The weekday between the date and the time no longer loses the time (eighth batch).
    {
      title: 'Liman oylaması ertelendi',
      authors: ['Ahmet Yılmaz'],
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'guardian-dcr',
    'https://www.theguardian.com/world/2021/mar/15/harbour-vote-delayed',
    page(
      `<title>${T} | World news | The Guardian</title>`,
      `<main data-layout="StandardLayout"><article><div data-gu-name="headline"><h1>${T}</h1></div><div data-gu-name="standfirst"><p>The board put off the quay decision again</p></div><div data-gu-name="meta"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div><a rel="author" href="https://www.theguardian.com/profile/annlee" data-link-name="auto tag link">Ann Lee</a> in Harbourtown</div></address><details data-component="dateline"><summary><span>Mon 15 Mar 2021 09.30 GMT</span></summary><span>Last modified on Mon 15 Mar 2021 11.02 GMT</span></details></div><div id="maincontent"><div class="article-body-commercial-selector">${P}</div></div></article></main>`,
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00Z' },
  ],
  [
    'newspaper-td',
    'https://harbour.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} - Harbour Times</title>`,
      `<div class="td-main-content-wrap"><article id="post-123" class="post-123 post type-post status-publish"><div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">${T}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://harbour.example.com/author/annlee/">Ann Lee</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2021-03-15T09:30:00+00:00">March 15, 2021</time></span></div></header></div><div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><a href="https://harbour.example.com/wp-content/uploads/2021/03/quay.jpg" data-caption=""><img width="696" height="464" class="entry-thumb td-modal-image" src="https://harbour.example.com/wp-content/uploads/2021/03/quay-696x464.jpg" alt="" title="quay"></a></div>${P}</div></article></div>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15T09:30:00Z',
      image: 'https://harbour.example.com/wp-content/uploads/2021/03/quay-696x464.jpg',
    },
  ],
  [
    'jannah',
    'https://harbour.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} - Harbour Times</title>`,
      `<div id="content" class="site-content container"><div class="main-content tie-col-md-8"><article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><div class="entry-header"><h1 class="post-title entry-title">${T}</h1><div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-1"><span class="meta-author-avatar"><a href="https://harbour.example.com/author/annlee/"><img alt="Photo of Ann Lee" src="https://secure.gravatar.com/avatar/abc?s=140&d=mm&r=g" class="avatar avatar-140 photo" height="140" width="140"></a></span><span class="meta-author"><a href="https://harbour.example.com/author/annlee/" class="author-name tie-icon" title="Ann Lee">Ann Lee</a></span></span></span><span class="date meta-item tie-icon">March 15, 2021</span></div></div></header><div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" data-src="https://harbour.example.com/wp-content/uploads/2021/03/quay-780x470.jpg"></figure></div></div><div class="entry-content entry clearfix">${P}</div></article></div></div>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15',
      image: 'https://harbour.example.com/wp-content/uploads/2021/03/quay-780x470.jpg',
    },
  ],
  [
    'astra',
    'https://harbour.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} – Harbour Times</title>`,
      `<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://harbour.example.com/" class="custom-logo-link" rel="home"><img width="200" height="60" src="/logo.png" class="custom-logo" alt="Harbour Times"></a></span></div><main id="main" class="site-main"><article class="post-123 post type-post status-publish format-standard has-post-thumbnail hentry ast-article-single" id="post-123" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="/wp-content/uploads/2021/03/quay-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div><h1 class="entry-title" itemprop="headline">${T}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Ann Lee" href="/author/annlee/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Ann Lee</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> March 15, 2021 </span><span class="updated" itemprop="dateModified"> March 16, 2021</span></span></div></header><div class="entry-content clear" itemprop="text">${P}</div></div></article></main>`,
    ),
    {
      title: T,
      siteName: 'Harbour Times',
      authors: ['Ann Lee'],
      datePublished: '2021-03-15',
      image: 'https://harbour.example.com/wp-content/uploads/2021/03/quay-1024x683.jpg',
    },
  ],
  [
    'kadence',
    'https://harbour.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} &#8211; Harbour Times</title>`,
      `<header id="masthead" class="site-header"><div class="site-branding branding-layout-standard"><a class="brand" href="https://harbour.example.com/" rel="home"><div class="site-title-wrap"><p class="site-title">Harbour Times</p></div></a></div></header><main id="main" class="site-main"><div class="content-wrap"><article id="post-123" class="entry content-bg single-entry post-123 post"><div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><h1 class="entry-title">${T}</h1><div class="entry-meta entry-meta-divider-dash"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="https://harbour.example.com/author/annlee/">Ann Lee</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2021-03-15T09:30:00+00:00">March 15, 2021</time><time class="updated" datetime="2021-03-16T10:00:00+00:00">March 16, 2021</time></span></div></header><div class="entry-content single-content">${P}</div></div></article></div></main>`,
    ),
    {
      title: T,
      siteName: 'Harbour Times',
      authors: ['Ann Lee'],
      datePublished: '2021-03-15T09:30:00Z',
    },
  ],
  [
    'generatepress',
    'https://harbour.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} - Harbour Times</title>`,
      `<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://harbour.example.com/" rel="home">Harbour Times</a></p></div></div></header><div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main"><article id="post-123" class="post-123 post type-post status-publish" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" src="https://harbour.example.com/wp-content/uploads/2021/03/quay.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" loading="lazy"></div><header class="entry-header"><h1 class="entry-title" itemprop="headline">${T}</h1><div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2021-03-16T10:00:00+00:00" itemprop="dateModified">March 16, 2021</time><time class="entry-date published" datetime="2021-03-15T09:30:00+00:00" itemprop="datePublished">March 15, 2021</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://harbour.example.com/author/annlee/" title="View all posts by Ann Lee" rel="author" itemprop="url"><span class="author-name" itemprop="name">Ann Lee</span></a></span></span></div></header><div class="entry-content" itemprop="text">${P}</div></div></article></main></div></div></div>`,
    ),
    {
      title: T,
      siteName: 'Harbour Times',
      authors: ['Ann Lee'],
      datePublished: '2021-03-15T09:30:00Z',
      image: 'https://harbour.example.com/wp-content/uploads/2021/03/quay.jpg',
    },
  ],
  [
    'phpbb',
    'https://forum.example.org/viewtopic.php?t=12',
    page(
      `<title>${T} - Harbour Forum</title>`,
      `<div id="wrap" class="wrap"><div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Harbour Forum</h1><p>Talk about the quay</p></div></div></div></div><div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=12">${T}</a></h2><div id="p1" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile1"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">annlee</a></dt><dd class="profile-posts"><strong>Posts:</strong> 12</dd></dl><div class="postbody"><div id="post_content1"><h3 class="first"><a href="./viewtopic.php?p=1#p1">${T}</a></h3><p class="author"><a class="unread" href="./viewtopic.php?p=1#p1" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">annlee</a></strong> &raquo; </span><time datetime="2021-03-15T09:30:00+00:00">Mon Mar 15, 2021 9:30 am</time></p><div class="content">${P}</div></div></div></div></div></div></div>`,
    ),
    {
      title: T,
      siteName: 'Harbour Forum',
      authors: ['annlee'],
      datePublished: '2021-03-15T09:30:00Z',
    },
  ],
  [
    'picture-lazy',
    'https://harbour.example.com/news/harbour-vote',
    page(
      `<title>${T} - Harbour Times</title>`,
      `<main><article><h1>${T}</h1><div class="hero"><picture><source type="image/webp" data-srcset="/img/quay-640.webp 640w, /img/quay-1280.webp 1280w"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/quay-1280.jpg" alt="The quay"></picture></div>${P}</article></main>`,
    ),
    { image: 'https://harbour.example.com/img/quay-1280.jpg' },
  ],
  [
    'video-poster-data',
    'https://harbour.example.com/news/harbour-vote',
    page(
      `<title>${T} - Harbour Times</title>`,
      `<main><article><h1>${T}</h1><div class="video-player"><video class="vjs-tech" preload="none" data-poster="/img/quay-poster.jpg" src="/v/quay.mp4"></video></div>${P}</article></main>`,
    ),
    { image: 'https://harbour.example.com/img/quay-poster.jpg' },
  ],
  [
    'microdata-publisher',
    'https://harbour.example.com/news/harbour-vote',
    page(
      `<title>${T}</title>`,
      `<main><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">${T}</h1><div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Harbour Times"><div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="/logo.png"></div></div>${P}</article></main>`,
    ),
    { siteName: 'Harbour Times' },
  ],
];

describe('CMS themes, Asian platforms and European newsrooms', () => {
  it.each<TemplateRow>(ROWS)('%s', checkFields);
});
