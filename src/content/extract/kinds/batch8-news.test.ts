// @vitest-environment jsdom
// Issue #14's eighth batch: newsroom themes (WordPress's Jnews, Soledad, Sahifa, Largo) and
// newsrooms in Indonesian, Vietnamese, Czech, Norwegian, Danish, Arabic, Russian and Korean, as
// their pages render, without structured data or meta tags beyond what the site always prints.
// Small pages of my own reproducing each template's structure, never copied.
import { describe, it } from 'vitest';
import { checkFields, page, TEMPLATE_TEXT, type TemplateRow } from './testing';

const P = TEMPLATE_TEXT;
const T = 'Harbour vote delayed';
const LAZY =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const ROWS: TemplateRow[] = [
  [
    'jnews',
    'https://harbourtimes.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} - Harbour Times</title>`,
      `<div class="jeg_viewport"><div class="jeg_header"><div class="jeg_logo"><a href="https://harbourtimes.example.com/"><img class="jeg_logo_img" src="https://harbourtimes.example.com/wp-content/uploads/logo.png" alt="Harbour Times"></a></div></div><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_inner_content"><div class="entry-header"><h1 class="jeg_post_title">${T}</h1><div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="Ann Lee" src="https://secure.gravatar.example.com/avatar/1?s=80" class="avatar avatar-80 photo" height="80" width="80"><span class="meta_text">by</span> <a href="https://harbourtimes.example.com/author/annlee/">Ann Lee</a></div><div class="jeg_meta_date"><a href="https://harbourtimes.example.com/harbour-vote-delayed/">March 15, 2021</a></div></div></div></div></div><div class="jeg_featured featured_image"><a href="https://harbourtimes.example.com/wp-content/uploads/2021/03/quay.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="${LAZY}" class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image" alt="" data-src="https://harbourtimes.example.com/wp-content/uploads/2021/03/quay-750x375.jpg" data-sizes="auto" data-expand="700"></div></a></div><div class="jeg_share_top_container"></div><div class="entry-content no-share"><div class="content-inner">${P}</div></div></div></div></div></div>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15',
      siteName: 'Harbour Times',
      image: 'https://harbourtimes.example.com/wp-content/uploads/2021/03/quay-750x375.jpg',
    },
  ],
  [
    'soledad',
    'https://harbourtimes.example.com/harbour-vote-delayed/',
    page(
      `<title>${T} – Harbour Times</title>`,
      `<div class="wrapper-boxed header-style-header-6"><header id="header"><div id="logo"><a href="https://harbourtimes.example.com/"><img class="penci-mainlogo" src="https://harbourtimes.example.com/wp-content/uploads/logo.png" alt="Harbour Times"></a></div></header><div class="container container-single penci_sidebar right-sidebar"><div id="main"><article id="post-6050" class="post type-post status-publish"><div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-4" href="https://harbourtimes.example.com/category/news/">News</a></span></div><h1 class="post-title single-post-title entry-title">${T}</h1><div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">by <a class="author-url url fn n" href="https://harbourtimes.example.com/author/annlee/">Ann Lee</a></span></span><span><time class="entry-date published" datetime="2021-03-15T09:30:00+00:00">March 15, 2021</time></span></div></div><div class="post-image"><a href="https://harbourtimes.example.com/wp-content/uploads/2021/03/quay.jpg" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-single-featured-img wp-post-image penci-lazy" data-src="https://harbourtimes.example.com/wp-content/uploads/2021/03/quay-1170x780.jpg" alt="" width="1170" height="780" src="${LAZY}"></a></div><div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">${P}</div></div></article></div></div></div>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15T09:30:00Z',
      siteName: 'Harbour Times',
      image: 'https://harbourtimes.example.com/wp-content/uploads/2021/03/quay-1170x780.jpg',
    },
  ],
  [
    'sahifa',
    'https://harbourtimes.example.com/news/harbour-vote-delayed/',
    page(
      `<title>${T} | Harbour Times</title>`,
      `<div class="wrapper-outer"><header id="theme-header" class="theme-header"><div class="header-content"><div class="logo"><h2><a title="Harbour Times" href="https://harbourtimes.example.com/"><img src="https://harbourtimes.example.com/wp-content/uploads/logo.png" alt="Harbour Times"><strong>Harbour Times News from the quay</strong></a></h2></div></div></header><div id="main-content" class="container"><div class="content"><div xmlns:v="http://rdf.data-vocabulary.org/#" id="crumbs"><span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" class="crumbs-home" href="https://harbourtimes.example.com">Home</a></span> <span class="delimiter">/</span> <span class="current">${T}</span></div><article class="post-listing post-6050 post type-post"><div class="single-post-thumb"><img width="660" height="330" src="https://harbourtimes.example.com/wp-content/uploads/2021/03/quay-660x330.jpg" class="attachment-slider size-slider wp-post-image" alt=""></div><div class="post-inner"><h1 class="name post-title entry-title"><span itemprop="name">${T}</span></h1><p class="post-meta"><span class="post-meta-author"><i class="fa fa-user"></i><a href="https://harbourtimes.example.com/author/annlee/" title="">Ann Lee </a></span><span class="tie-date"><i class="fa fa-clock-o"></i>March 15, 2021</span><span class="post-cats"><i class="fa fa-folder"></i><a href="https://harbourtimes.example.com/category/news/" rel="category tag">News</a></span><span class="post-comments"><i class="fa fa-comments"></i><a href="#respond">Leave a comment</a></span></p><div class="clear"></div><div class="entry">${P}</div></div></article></div></div></div>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15',
      image: 'https://harbourtimes.example.com/wp-content/uploads/2021/03/quay-660x330.jpg',
    },
  ],
  [
    'largo',
    'https://harbourreport.example.org/2021/03/15/harbour-vote-delayed/',
    page(
      `<title>${T} | The Harbour Report</title>`,
      `<div id="site-header"><div class="branding"><h2 class="sitename"><a href="https://harbourreport.example.org/">The Harbour Report</a></h2><h3 class="tagline">Nonprofit news</h3></div></div><div id="main" class="row-fluid clearfix"><div id="content" class="span8" role="main"><article id="post-6050" class="post-6050 post type-post hnews item" itemscope itemtype="https://schema.org/Article"><header><h1 class="entry-title" itemprop="headline">${T}</h1><h5 class="byline"><span class="by-author"><span class="by">By</span> <span class="author vcard" itemprop="author"><a class="url fn n" href="https://harbourreport.example.org/author/annlee/" title="Read All Posts By Ann Lee" rel="author">Ann Lee</a></span></span><span class="sep"> | </span><time class="entry-date updated dtstamp pubdate" datetime="2021-03-15T09:30:00-05:00">March 15, 2021</time></h5></header><div class="entry-content clearfix" itemprop="articleBody">${P}</div></article></div></div>`,
    ),
    {
      title: T,
      authors: ['Ann Lee'],
      datePublished: '2021-03-15T09:30:00-05:00',
      siteName: 'The Harbour Report',
    },
  ],
  [
    'hacker-news-item',
    'https://news.ycombinator.example.com/item?id=26470000',
    page(
      `<title>${T} | Hacker News</title>`,
      `<center><table id="hnmain"><tr><td><table><tr><td><a href="https://news.ycombinator.example.com"><img src="y18.svg" width="18" height="18"></a></td><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b></span></td></tr></table></td></tr><tr id="bigbox"><td><table class="fatitem"><tr class="athing submission" id="26470000"><td class="title"><span class="titleline"><a href="https://harbour.example.org/vote">${T}</a><span class="sitebit comhead"> (<a href="from?site=harbour.example.org"><span class="sitestr">harbour.example.org</span></a>)</span></span></td></tr><tr><td class="subtext"><span class="subline"><span class="score" id="score_26470000">120 points</span> by <a href="user?id=annlee" class="hnuser">annlee</a> <span class="age" title="2021-03-15T09:30:00 1615800600"><a href="item?id=26470000">3 years ago</a></span> | <a href="item?id=26470000">45&nbsp;comments</a></span></td></tr></table></td></tr></table></center>`,
    ),
    // No h1: the submission's link writes the title's headline part (batch9-leftovers).
    {
      title: T,
      siteName: 'Hacker News',
      authors: ['annlee'],
      datePublished: '2021-03-15T09:30:00',
    },
  ],
  [
    'old-reddit',
    'https://old.reddit.example.com/r/harbour/comments/m5abcd/harbour_vote_delayed/',
    page(
      `<title>${T} : harbour</title>`,
      `<div id="header"><a href="/" id="header-img" class="default-header">reddit.com</a><span class="hover pagename redditname"><a href="https://old.reddit.example.com/r/harbour/">harbour</a></span></div><div class="content" role="main"><div id="siteTable" class="sitetable linklisting"><div class="thing id-t3_m5abcd link self" data-author="annlee" data-subreddit="harbour"><div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank" data-event-action="title" href="/r/harbour/comments/m5abcd/harbour_vote_delayed/">${T}</a></p><p class="tagline">submitted <time title="Mon Mar 15 09:30:00 2021 UTC" datetime="2021-03-15T09:30:00+00:00" class="live-timestamp">3 years ago</time> by <a href="https://old.reddit.example.com/user/annlee" class="author may-blank id-t2_abc">annlee</a><span class="userattrs"></span> to <a href="https://old.reddit.example.com/r/harbour/" class="subreddit hover may-blank">r/harbour</a></p></div><div class="expando"><form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md">${P}</div></div></form></div></div></div></div></div>`,
    ),
    // No h1: the post's title link writes the title's headline part (batch9-leftovers).
    { title: T, authors: ['annlee'], datePublished: '2021-03-15T09:30:00Z' },
  ],
  [
    'kompas-like',
    'https://regional.harian.example.co.id/read/2021/03/15/09300011/harbour-vote-delayed',
    page(
      `<title>${T} Halaman all - Harian.com</title>`,
      `<div class="header"><a class="logo" href="https://www.harian.example.co.id/"><img src="https://asset.harian.example.co.id/logo.png" alt="Harian.com"></a></div><div class="container"><div class="read__header"><h1 class="read__title">${T}</h1><div class="read__time">Harian.com - 15/03/2021, 09:30 WIB</div></div><div class="read__credit clearfix"><div class="read__credit__item" id="penulis">Penulis <a href="https://www.harian.example.co.id/tag/penulis">Ann Lee</a></div><div class="read__credit__item" id="editor">Editor <a href="https://www.harian.example.co.id/tag/editor">Bob Smith</a></div></div><div class="photo"><img src="https://asset.harian.example.co.id/crop/0x0:0x0/750x500/data/photo/2021/03/15/quay.jpg" alt="Pelabuhan"><div class="photo__caption">Pelabuhan utara.</div></div><div class="read__content">${P}</div></div>`,
      'id',
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00+07:00' },
  ],
  [
    'detik-like',
    'https://news.detak.example.com/berita/d-5493000/harbour-vote-delayed',
    page(
      `<title>${T}</title>`,
      `<header class="header"><a class="header__logo" href="https://www.detak.example.com/"><img src="https://cdn.detak.example.com/logo.png" alt="detakNews"></a></header><article class="detail"><div class="detail__header"><h1 class="detail__title">${T}</h1><div class="detail__author">Ann Lee - detakNews</div><div class="detail__date">Senin, 15 Mar 2021 09:30 WIB</div></div><div class="detail__media"><figure class="detail__media-image"><img src="https://akcdn.detak.example.com/community/media/visual/2021/03/15/quay_169.jpeg?w=700&amp;q=90" alt="Pelabuhan" title="Pelabuhan" class="p_img_zoomin img-zoomin"><figcaption class="detail__media-caption">Pelabuhan utara.</figcaption></figure></div><div class="detail__body"><div class="detail__body-text itp_bodycontent">${P}</div></div></article>`,
      'id',
    ),
    { title: T, authors: ['Ann Lee'], datePublished: '2021-03-15T09:30:00+07:00' },
  ],
  [
    'vnexpress-like',
    'https://tinmoi.example.vn/harbour-vote-delayed-4250000.html',
    page(
      `<title>${T} - Tin Mới</title>`,
      `<header class="section top-header"><a class="logo" href="/" title="Tin Mới"><img src="/logo.svg" alt="Tin Mới"></a></header><section class="section page-detail top-detail"><div class="container"><div class="sidebar-1"><div class="header-content width_common"><ul class="breadcrumb"><li><a href="/thoi-su" title="Thời sự">Thời sự</a></li></ul><span class="date">Thứ hai, 15/3/2021, 09:30 (GMT+7)</span></div><h1 class="title-detail">${T}</h1><p class="description">Hội đồng cảng hoãn bỏ phiếu.</p><article class="fck_detail">${P}<p class="Normal" style="text-align:right;"><strong>Ann Lee</strong></p></article></div></div></section>`,
      'vi',
    ),
    { title: T, datePublished: '2021-03-15T09:30:00+07:00', siteName: 'Tin Mới' },
  ],
];

describe('eighth-batch newsroom templates: the fields a reader sees', () => {
  it.each(ROWS)('%s', checkFields);
});
