// @vitest-environment jsdom
// Issue #14's sixth batch, second half of news-templates.test.ts (split to keep files under 250
// lines, review F-kinds-3): the same small pages of news and publishing front-ends, no structured
// data.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const T = 'Harbour vote delayed';

describe('batch 6: news and publishing templates (continued)', () => {
  it.each<Case>([
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
