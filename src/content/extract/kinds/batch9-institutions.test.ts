// @vitest-environment jsdom
// Issue #14's ninth batch: CMSs of institutions (Drupal 10's Olivero, Joomla 4, TYPO3 news, AEM, Sitecore-like), government press pages (GOV.UK, GOV.WALES-like, Canada.ca, a .gov.au minister) and university newsrooms, as their pages render, with only the structured data and meta
// tags the template prints. Small pages of my own reproducing each template's structure, never copied.
import { describe, it } from 'vitest';
import { checkFields, page, TEMPLATE_TEXT, type TemplateRow } from './testing';

const P = TEMPLATE_TEXT;
const T = 'Harbour vote delayed';

const ROWS: TemplateRow[] = [
  [
    'drupal-olivero',
    'https://quay.example.org/news/harbour-vote-delayed',
    page(
      `<title>${T} | Quay Council</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">`,
      `<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page"><header id="header" class="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial"></div><div id="site-header__inner" class="site-header__inner"><div class="site-header__inner__container container"><div class="site-branding"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Quay Council</a></div></div></div></div></div></div></header><div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium"><div class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${T}</span></h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="12" class="node node--type-article node--promoted node--view-mode-full"><header class="">  <div class="node__meta"><article class="profile"></article><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Ann Lee</span></span></span>, <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2021-03-15T09:30:00+00:00" title="Monday, March 15, 2021 - 09:30" class="datetime">15 March, 2021</time></span></div></header><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/2021-03/quay.jpg?itok=abc" width="1100" height="620" alt="The quay"></div><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${P}</div></div></article></div></div></div></div></div></div></div></div></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Council',
      datePublished: '2021-03-15T09:30:00Z',
      image:
        'https://quay.example.org/sites/default/files/styles/wide/public/2021-03/quay.jpg?itok=abc',
    },
  ],
  [
    'joomla4',
    'https://quay.example.org/index.php/news/12-harbour-vote-delayed',
    page(
      `<title>${T}</title><meta name="generator" content="Joomla! - Open Source Content Management">`,
      `<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Quay Council">Quay Council</span></a></div></div></header><div class="site-grid"><div class="grid-child container-component"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">${T}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Ann Lee</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/index.php/news" itemprop="genre">News</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2021-03-15T09:30:00+00:00" itemprop="datePublished">Published: 15 March 2021</time></dd></dl><div itemprop="articleBody" class="com-content-article__body">${P}</div></div></main></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Council',
      datePublished: '2021-03-15T09:30:00Z',
    },
  ],
  [
    'typo3-news',
    'https://www.quay.example.de/aktuelles/detail/harbour-vote-delayed',
    page(
      `<title>${T}: Quay Hafen</title><meta name="generator" content="TYPO3 CMS">`,
      `<div class="page"><header><a class="logo" href="/"><img src="/fileadmin/logo.svg" alt="Quay Hafen"></a></header><main><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3 itemprop="headline">${T}</h3></div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2021-03-15">15.03.2021</time></span><span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">von <span itemprop="name">Ann Lee</span></span></p></div><div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="/fileadmin/quay.jpg" title="" class="lightbox" rel="lightbox[myImageSet]"><img itemprop="image" src="/fileadmin/_processed_/quay_282x.jpg" width="282" height="188" alt=""></a></div></div></div><div class="news-text-wrap" itemprop="articleBody">${P}</div></div></div></main></div>`,
      'de',
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay Hafen',
      datePublished: '2021-03-15',
      image: 'https://www.quay.example.de/fileadmin/_processed_/quay_282x.jpg',
    },
  ],
  [
    'govuk',
    'https://www.gov.uk/government/news/harbour-vote-delayed',
    page(
      `<title>${T} - GOV.UK</title><meta name="govuk:format" content="news_story"><meta name="govuk:first-published-at" content="2021-03-15T09:30:00.000+00:00"><meta property="og:site_name" content="GOV.UK"><meta property="og:title" content="${T}">`,
      `<header role="banner" class="gem-c-layout-header govuk-header"><div class="govuk-header__container govuk-width-container"><a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a></div></header><div class="govuk-width-container"><main role="main" id="content" class="govuk-main-wrapper"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-title govuk-!-margin-top-8"><span class="govuk-caption-xl gem-c-title__context">News story</span><h1 class="gem-c-title__text govuk-heading-l">${T}</h1></div></div></div><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-harbours" class="govuk-link">Department for Harbours</a> and <a href="/government/people/ann-lee" class="govuk-link">Ann Lee MP</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">15 March 2021</dd></dl></div></div></div><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">${P}</div></div></div></div></main></div>`,
    ),
    { title: 'Harbour vote delayed', siteName: 'GOV.UK', datePublished: '2021-03-15' },
  ],
  [
    'gem-metadata',
    'https://www.gov.example.wales/harbour-vote-delayed',
    page(
      `<title>${T} | GOV.WALES</title>`,
      `<main id="content"><div class="gem-c-title"><h1 class="gem-c-title__text">${T}</h1></div><div class="gem-c-metadata"><dl><dt class="gem-c-metadata__term">First published:</dt><dd class="gem-c-metadata__definition">15 March 2021</dd><dt class="gem-c-metadata__term">Last updated:</dt><dd class="gem-c-metadata__definition">16 March 2021</dd></dl></div><div class="govspeak">${P}</div></main>`,
    ),
    { title: 'Harbour vote delayed', siteName: 'GOV.WALES', datePublished: '2021-03-15' },
  ],
  [
    'canada-ca',
    'https://www.canada.ca/en/harbours/news/2021/03/harbour-vote-delayed.html',
    page(
      `<title>${T} - Canada.ca</title><meta name="dcterms.title" content="${T}"><meta name="dcterms.creator" content="Harbours Canada"><meta name="dcterms.issued" title="W3CDTF" content="2021-03-15"><meta name="dcterms.modified" title="W3CDTF" content="2021-03-15"><meta name="dcterms.language" title="ISO639-2/T" content="eng">`,
      `<header><div id="wb-bnr" class="container"><div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="/en.html" property="url"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv" property="name"> / <span lang="fr">Gouvernement du Canada</span></span></a><meta property="areaServed" typeof="Country" content="Canada"></div></div></header><main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container"><h1 property="name" id="wb-cont">${T}</h1><p class="gc-byline"><strong>From: <a href="/en/harbours.html">Harbours Canada</a></strong></p><h2>News release</h2><p>March 15, 2021 - Ottawa, Ontario</p>${P}</main>`,
    ),
    { title: 'Harbour vote delayed', siteName: 'Canada.ca', datePublished: '2021-03-15' },
  ],
  [
    'gov-au',
    'https://minister.harbours.example.gov.au/lee/media-releases/harbour-vote-delayed',
    page(
      `<title>${T} | Ministers for Harbours</title>`,
      `<header class="header"><div class="logo"><a href="/" title="Home" rel="home"><img src="/logo.png" alt="Home"></a></div></header><main role="main"><div class="region region-content"><article role="article" class="node node--type-media-release node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${T}</span></h1><div class="field field--name-field-date field--type-datetime field--label-hidden field__item">15 March 2021</div><div class="field field--name-field-ministers field--type-entity-reference field--label-hidden field__items"><div class="field__item">The Hon Ann Lee MP</div></div><div class="clearfix text-formatted field field--name-body">${P}</div></article></div></main>`,
    ),
    {
      title: 'Harbour vote delayed',
      siteName: 'Ministers for Harbours',
      datePublished: '2021-03-15',
    },
  ],
  [
    'university',
    'https://www.quay.example.edu/news/2021/harbour-vote-delayed',
    page(
      `<title>${T} | News | Quay University</title>`,
      `<header class="uni-header"><a class="uni-logo" href="https://www.quay.example.edu/"><img src="/logo.svg" alt="Quay University"></a></header><main id="main"><div class="news-article"><h1 class="news-article__title">${T}</h1><div class="news-article__meta"><p class="news-article__date">15 March 2021</p><p class="news-article__author">By Ann Lee, Faculty of Science</p></div><figure class="news-article__image"><img src="https://www.quay.example.edu/__data/assets/image/0012/quay.jpg" alt="The quay"></figure><div class="news-article__body">${P}</div></div></main>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay University',
      datePublished: '2021-03-15',
    },
  ],
  [
    'aem',
    'https://www.quaycorp.example.com/en/newsroom/2021/harbour-vote-delayed.html',
    page(
      `<title>${T} | Quay Corp</title>`,
      `<div class="root container responsivegrid"><div class="cmp-container"><div class="header experiencefragment"><header class="cmp-header"><a class="cmp-header__logo" href="/en.html"><img src="/content/dam/quaycorp/logo.svg" alt="Quay Corp"></a></header></div><main class="container responsivegrid"><div class="cmp-container"><div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${T}</h1></div></div><div class="text"><div class="cmp-text"><p>March 15, 2021</p></div></div><div class="image"><div data-cmp-is="image" data-cmp-src="/content/dam/quaycorp/news/quay.coreimg{.width}.jpeg/1615800600000/quay.jpeg" data-cmp-widths="600,1200,1600" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="/content/dam/quaycorp/news/quay.coreimg.jpeg/1615800600000/quay.jpeg" loading="lazy" class="cmp-image__image" itemprop="contentUrl" alt="The northern quay"></div></div><div class="text"><div class="cmp-text">${P}</div></div></div></main></div></div>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: [],
      siteName: 'Quay Corp',
      datePublished: '2021-03-15',
      image:
        'https://www.quaycorp.example.com/content/dam/quaycorp/news/quay.coreimg.jpeg/1615800600000/quay.jpeg',
    },
  ],
  [
    'sitecore',
    'https://www.quayenergy.example.com/news/press-releases/2021/harbour-vote-delayed',
    page(
      `<title>${T} | Quay Energy</title>`,
      `<header class="site-header"><a href="/" class="logo"><img src="/-/media/logo.svg" alt="Quay Energy"></a></header><main><section class="press-release"><div class="press-release__header"><p class="press-release__date">15 March 2021</p><h1 class="press-release__title">${T}</h1></div><div class="rich-text"><p><img src="/-/media/images/news/quay.jpg?h=600&amp;w=1200&amp;la=en" alt="The quay"></p>${P}</div></section></main>`,
    ),
    {
      title: 'Harbour vote delayed',
      siteName: 'Quay Energy',
      datePublished: '2021-03-15',
      image: 'https://www.quayenergy.example.com/-/media/images/news/quay.jpg?h=600&w=1200&la=en',
    },
  ],
  [
    'university-drupal',
    'https://news.quay.example.edu/2021/03/harbour-vote-delayed',
    page(
      `<title>${T} | Quay University News</title>`,
      `<header role="banner"><a href="/" class="site-logo"><img src="/themes/uni/logo.svg" alt="Quay University"></a></header><main><article class="node node--news"><h1 class="page-title">${T}</h1><div class="field--name-field-byline">By Ann Lee, College of Engineering</div><div class="field--name-field-publish-date"><time datetime="2021-03-15T12:00:00Z">March 15, 2021</time></div><div class="field--name-field-hero-image"><img src="/sites/default/files/styles/hero/public/2021-03/quay.jpg?itok=x" alt="Quay"></div><div class="field--name-body">${P}</div></article></main>`,
    ),
    {
      title: 'Harbour vote delayed',
      authors: ['Ann Lee'],
      siteName: 'Quay University News',
      datePublished: '2021-03-15T12:00:00Z',
      image:
        'https://news.quay.example.edu/sites/default/files/styles/hero/public/2021-03/quay.jpg?itok=x',
    },
  ],
];

describe('ninth batch: institutions', () => {
  it.each<TemplateRow>(ROWS)('%s', checkFields);
});
