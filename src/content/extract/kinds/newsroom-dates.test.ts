// @vitest-environment jsdom
// Issue #14's fault kinds on page structures modelled on real markup. Dates written for people (kind 7) in CMS, theme and newsroom markup.
import { describe, it } from 'vitest';
import { type Case, page, check, H, A } from './testing';

describe('kind 7: dates written for people (CMS and newsroom pages)', () => {
  it.each<Case>([
    [
      'medium storyPublishDate',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div><span data-testid="storyPublishDate">May 24, 2016</span></div><p>x</p></article>`,
      ),
      '2016-05-24',
    ],
    [
      'blogger date-header',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<div class="date-outer"><h2 class="date-header"><span>Tuesday, May 24, 2016</span></h2><div class="post hentry"><h3 class="post-title">${H}</h3><div class="post-body entry-content"><p>x</p></div></div></div>`,
      ),
      '2016-05-24',
    ],
    [
      'ja time no datetime 時分',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><time>2016年5月24日 10時30分</time><p>x</p></article>`,
        'ja',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'zh date span',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<div class="post_info"><span class="date">2016-05-24 10:30:00</span>\u3000来源：<a>新华社</a></div><div class="article"><h1>${H}</h1><p>x</p></div>`,
        'zh-CN',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'ko am pm',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><span class="date">입력 2016.05.24 오후 3:30</span><p>x</p></article>`,
        'ko',
      ),
      '2016-05-24T15:30:00',
    ],
    [
      'fr publié le à',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="meta__date">Publié le 24 mai 2016 à 10h30</p><p>x</p></article>`,
        'fr',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'de veröffentlicht am',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="date">Veröffentlicht am 24. Mai 2016</p><p>x</p></article>`,
        'de',
      ),
      '2016-05-24',
    ],
    [
      'ru в',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="article__date">24 мая 2016 в 10:30</div><p>x</p></article>`,
        'ru',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'es fecha with zone',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="fecha">24 may 2016 - 10:30 CEST</div><p>x</p></article>`,
        'es',
      ),
      '2016-05-24T10:30:00+02:00',
    ],
    [
      'body meta itemprop datePublished no scope',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><meta itemprop="datePublished" content="2016-05-24T10:30:00+02:00"><p>x</p></article>`,
      ),
      '2016-05-24T10:30:00+02:00',
    ],
    [
      'url yyyymmdd',
      'datePublished',
      page(`<title>${H}</title>`, `<article><h1>${H}</h1><p>x</p></article>`),
      '2016-05-24',
      'https://news.example.com/articles/20160524-OYT1T50001/',
    ],
    [
      'url yyyy-mm-dd',
      'datePublished',
      page(`<title>${H}</title>`, `<article><h1>${H}</h1><p>x</p></article>`),
      '2016-05-24',
      'https://news.example.com/news/2016-05-24/harbour-vote',
    ],
    [
      'weekday only no date',
      'datePublished',
      page(`<title>${H}</title>`, `<article><h1>${H}</h1><time>Tuesday</time><p>x</p></article>`),
      undefined,
    ],
    [
      'drupal submitted',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="submitted">Submitted by ann on Tue, 05/24/2016 - 10:30</div><p>x</p></article>`,
      ),
      '2016-05-24T10:30:00',
    ],
  ])('%s', check);
});

describe('kind 7: dates in theme and newsroom markup', () => {
  it.each<Case>([
    [
      'posted on, weekday, ordinal',
      'datePublished',
      A('<span class="posted-on">Posted on Tuesday, May 24th, 2016</span>'),
      '2016-05-24',
    ],
    [
      'day first with ordinal',
      'datePublished',
      A('<p class="date">24th May 2016</p>'),
      '2016-05-24',
    ],
    ['Sept. abbreviation', 'datePublished', A('<p class="date">Sept. 4, 2016</p>'), '2016-09-04'],
    [
      'no-break spaces',
      'datePublished',
      A('<p class="date">May&nbsp;24,&nbsp;2016</p>'),
      '2016-05-24',
    ],
    [
      'updated before published on one line',
      'datePublished',
      A('<p class="meta">Updated: June 1, 2016 | Published: May 24, 2016</p>'),
      '2016-05-24',
    ],
    [
      'time datetime with a weekday as text',
      'datePublished',
      A('<time datetime="2016-05-24">Tuesday</time>'),
      '2016-05-24',
    ],
    [
      'Y/m/d H:i',
      'datePublished',
      A('<p class="date">2016/05/24 10:30</p>', 'ja'),
      '2016-05-24T10:30:00',
    ],
    [
      'time.updated before time.published',
      'datePublished',
      A(
        '<time class="updated" datetime="2016-06-01">June 1</time><time class="published" datetime="2016-05-24">May 24</time>',
      ),
      '2016-05-24',
    ],
    [
      'Portuguese class "data"',
      'datePublished',
      A('<p class="data">24/05/2016 10h30</p>', 'pt-BR'),
      '2016-05-24T10:30:00',
    ],
    ['Italian month', 'datePublished', A('<p class="data">24 maggio 2016</p>', 'it'), '2016-05-24'],
    [
      'a comment date is not the article date',
      'datePublished',
      A('<div class="comments"><time datetime="2019-01-01">Jan 1</time></div>'),
      undefined,
    ],
  ])('%s', check);
});
