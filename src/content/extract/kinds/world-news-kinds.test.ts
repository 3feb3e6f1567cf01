// @vitest-environment jsdom
// Issue #14's fourth batch of small pages, modelled on the markup of news sites in other
// languages, AMP pages, hosted blogs, preprint servers and government sites, weighted to the
// fields the held-out pages miss most: the lead image only in the content, authors, the
// published date, the site name and the title.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';

describe('batch 4: news sites in other languages', () => {
  it.each<Case>([
    [
      'Japanese: 記者 byline after the name in a span',
      'authors',
      page(
        '<title>港の投票延期 - 港新聞</title>',
        `<article><h1>港の投票延期</h1><div class="article-byline"><span class="name">山田太郎</span><span class="role">記者</span></div>${P}</article>`,
        'ja',
      ),
      ['山田太郎'],
      'https://www.minato-shimbun.jp/articles/ASR3G5.html',
    ],
    [
      'Korean: 입력 date in the article info',
      'datePublished',
      page(
        '<title>항구 투표 연기 | 항구일보</title>',
        `<article><h1>항구 투표 연기</h1><div class="article-info"><span class="date">입력 2021.03.15 09:30</span></div>${P}</article>`,
        'ko',
      ),
      '2021-03-15T09:30:00',
      'https://www.hangu.co.kr/news/articleView.html?idxno=5',
    ],
    [
      'German: "Von Ann Lee" in a header span',
      'authors',
      page(
        '<title>Hafen-Abstimmung verschoben - Hafenblatt</title>',
        `<article><header><h1>Hafen-Abstimmung verschoben</h1><div class="article-meta"><span class="author">Von Ann Lee</span><time datetime="2021-03-15T09:30:00+01:00">15.03.2021</time></div></header>${P}</article>`,
        'de',
      ),
      ['Ann Lee'],
      'https://www.hafenblatt.de/politik/hafen-abstimmung-a-1.html',
    ],
    [
      'French: "Publié le 15 mars 2021" without markup',
      'datePublished',
      page(
        '<title>Le vote du port reporté</title>',
        `<article><h1>Le vote du port reporté</h1><p class="meta__date">Publié le 15 mars 2021 à 09h30</p>${P}</article>`,
        'fr',
      ),
      '2021-03-15T09:30:00',
      'https://www.leport.fr/politique/article/le-vote-du-port-reporte_5.html',
    ],
    [
      'Spanish: the lead image only in the figure',
      'image',
      page(
        '<title>Aplazada la votación del puerto</title>',
        `<article><h1>Aplazada la votación del puerto</h1><figure class="a_m"><img src="https://img.elpuerto.es/quay.jpg" width="1200" height="675" alt="El muelle"></figure>${P}</article>`,
        'es',
      ),
      'https://img.elpuerto.es/quay.jpg',
      'https://elpuerto.es/politica/2021-03-15/aplazada.html',
    ],
    [
      'Portuguese: "Por Ann Lee" byline',
      'authors',
      page(
        '<title>Votação do porto adiada</title>',
        `<article><h1>Votação do porto adiada</h1><p class="c-signature__author">Por Ann Lee</p>${P}</article>`,
        'pt-BR',
      ),
      ['Ann Lee'],
      'https://www.porto.com.br/cotidiano/2021/03/votacao.shtml',
    ],
    [
      'Russian: the date in "15 марта 2021, 09:30"',
      'datePublished',
      page(
        '<title>Голосование о порте отложено</title>',
        `<article><h1>Голосование о порте отложено</h1><div class="article__info-date">15 марта 2021, 09:30</div>${P}</article>`,
        'ru',
      ),
      '2021-03-15T09:30:00',
      'https://port.ru/20210315/vote-123.html',
    ],
    [
      'Turkish: the site name in the title after a dash',
      'siteName',
      page(
        '<title>Liman oylaması ertelendi - Liman Haber</title><meta property="og:title" content="Liman oylaması ertelendi">',
        `<article><h1>Liman oylaması ertelendi</h1>${P}</article>`,
        'tr',
      ),
      'Liman Haber',
      'https://www.limanhaber.com.tr/gundem/liman-oylamasi-ertelendi-5',
    ],
    [
      'Indonesian: "Penulis" byline label',
      'authors',
      page(
        '<title>Pemungutan suara pelabuhan ditunda</title>',
        `<article><h1>Pemungutan suara pelabuhan ditunda</h1><div class="detail__author">Penulis: Ann Lee</div>${P}</article>`,
        'id',
      ),
      ['Ann Lee'],
      'https://nasional.pelabuhan.co.id/read/2021/03/15/09300001/pemungutan',
    ],
    [
      'Hindi: the title without the site after a pipe',
      'title',
      page(
        '<title>बंदरगाह मतदान स्थगित | बंदरगाह समाचार</title><meta property="og:site_name" content="बंदरगाह समाचार">',
        `<article><h1>बंदरगाह मतदान स्थगित</h1>${P}</article>`,
        'hi',
      ),
      'बंदरगाह मतदान स्थगित',
      'https://www.bandargah.in/india/story-5.html',
    ],
  ])('%s', check);
});

describe('batch 4: AMP, hosted blogs, preprints and government pages', () => {
  it.each<Case>([
    [
      'AMP: amp-img with layout=responsive in the article',
      'image',
      page(
        '<title>Harbour vote delayed</title>',
        `<article><h1>Harbour vote delayed</h1><amp-img src="/img/quay.jpg" width="1200" height="800" layout="responsive" alt="The quay"></amp-img>${P}</article>`,
      ),
      'https://news.example.com/img/quay.jpg',
      'https://news.example.com/amp/harbour-vote',
    ],
    [
      'Ghost: the author link in the byline list',
      'authors',
      page(
        '<title>Harbour vote delayed</title>',
        `<article class="gh-article"><header class="gh-article-header"><h1 class="gh-article-title">Harbour vote delayed</h1><div class="gh-article-meta"><span class="gh-article-author"><a href="/author/ann/">Ann Lee</a></span><time datetime="2021-03-15">Mar 15, 2021</time></div></header><section class="gh-content">${P}</section></article>`,
      ),
      ['Ann Lee'],
      'https://harbour.ghost.io/harbour-vote-delayed/',
    ],
    [
      'Jekyll (minima): the date in time.dt-published',
      'datePublished',
      page(
        '<title>Harbour vote delayed | Harbour Notes</title>',
        `<article class="post h-entry"><header class="post-header"><h1 class="post-title p-name">Harbour vote delayed</h1><p class="post-meta"><time class="dt-published" datetime="2021-03-15T09:30:00+00:00">Mar 15, 2021</time></p></header><div class="post-content e-content">${P}</div></article>`,
      ),
      '2021-03-15T09:30:00Z',
      'https://ann.github.io/notes/harbour-vote-delayed.html',
    ],
    [
      'arXiv abstract page: citation_author names in order',
      'authors',
      page(
        '<title>[2103.01234] Harbour vote delayed</title><meta name="citation_title" content="Harbour vote delayed"><meta name="citation_author" content="Lee, Ann"><meta name="citation_author" content="Chen, Bo">',
        `<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>Harbour vote delayed</h1><div class="authors"><a href="/a/lee_a_1">Ann Lee</a>, <a href="/a/chen_b_1">Bo Chen</a></div><blockquote class="abstract">${P}</blockquote></div>`,
      ),
      ['Ann Lee', 'Bo Chen'],
      'https://arxiv.org/abs/2103.01234',
    ],
    [
      'arXiv: the title without the id in brackets',
      'title',
      page(
        '<title>[2103.01234] Harbour vote delayed</title><meta name="citation_title" content="Harbour vote delayed">',
        `<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>Harbour vote delayed</h1><blockquote class="abstract">${P}</blockquote></div>`,
      ),
      'Harbour vote delayed',
      'https://arxiv.org/abs/2103.01234',
    ],
    [
      'GOV.UK: the organisation is not an author',
      'authors',
      page(
        '<title>Harbour vote delayed - GOV.UK</title><meta name="govuk:format" content="news_article">',
        `<main id="content"><h1 class="gem-c-title__text">Harbour vote delayed</h1><div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/government/organisations/department-for-harbours" class="govuk-link">Department for Harbours</a></dd><dt>Published</dt><dd>15 March 2021</dd></dl></div>${P}</main>`,
      ),
      [],
      'https://www.gov.uk/government/news/harbour-vote-delayed',
    ],
    [
      'GOV.UK: "Published 15 March 2021" in the metadata list',
      'datePublished',
      page(
        '<title>Harbour vote delayed - GOV.UK</title>',
        `<main id="content"><h1 class="gem-c-title__text">Harbour vote delayed</h1><div class="gem-c-metadata"><dl><dt>From:</dt><dd>Department for Harbours</dd><dt>Published</dt><dd>15 March 2021</dd></dl></div>${P}</main>`,
      ),
      '2021-03-15',
      'https://www.gov.uk/government/news/harbour-vote-delayed',
    ],
    [
      'GOV.UK: the site name from the title',
      'siteName',
      page(
        '<title>Harbour vote delayed - GOV.UK</title>',
        `<main id="content"><h1 class="gem-c-title__text">Harbour vote delayed</h1>${P}</main>`,
      ),
      'GOV.UK',
      'https://www.gov.uk/government/news/harbour-vote-delayed',
    ],
  ])('%s', check);
});
