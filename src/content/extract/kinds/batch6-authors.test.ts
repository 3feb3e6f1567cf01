// @vitest-environment jsdom
// Issue #14's sixth batch, the author kinds it found, each over several page structures: a place
// or desk after the name's comma, Joomla's created-by line, an e-mail in brackets, a label alone
// over the name (the rest: batch6-author-positions.test.ts).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const at = (body: string, lang = 'en'): string =>
  page(`<title>${T}</title>`, `<main><article><h1>${T}</h1>${body}${P}</article></main>`, lang);
const URL = 'https://news.example.org/2021/harbour-vote';

describe('a place or desk after the name is not a second author', () => {
  it.each<Case>([
    [
      'German "Von Ann Lee, Berlin"',
      'authors',
      at('<div class="byline">Von Ann Lee, Berlin</div>', 'de'),
      ['Ann Lee'],
      URL,
    ],
    [
      'g1 "Por Ann Lee, g1 SP"',
      'authors',
      at(
        '<div class="content-publication-data"><p class="content-publication-data__from">Por Ann Lee, g1 SP</p><p><time datetime="2021-03-15T12:30:00Z">15/03/2021 09h30</time></p></div>',
        'pt-BR',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'English "By Ann Lee, Washington"',
      'authors',
      at('<span class="author-name">By Ann Lee, Washington</span>'),
      ['Ann Lee'],
      URL,
    ],
    [
      'French "Par Ann Lee, à Paris"',
      'authors',
      at('<span class="meta__author">Par Ann Lee, à Paris</span>', 'fr'),
      ['Ann Lee'],
      URL,
    ],
    [
      'meta author "Ann Lee, Madrid"',
      'authors',
      page(
        `<title>${T}</title><meta name="author" content="Ann Lee, Madrid">`,
        `<h1>${T}</h1>${P}`,
        'es',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'two full names stay two',
      'authors',
      at('<div class="byline">By Ann Lee, Bo Chen</div>'),
      ['Ann Lee', 'Bo Chen'],
      URL,
    ],
    [
      'a suffix stays with the name',
      'authors',
      at('<div class="byline">By Ann Lee, Jr.</div>'),
      ['Ann Lee, Jr.'],
      URL,
    ],
  ])('%s', check);
});

describe("Joomla's created-by line", () => {
  const joomla = (dd: string, lang = 'en'): string =>
    page(
      `<title>${T} - Harbour Times</title>`,
      `<main><div class="com-content-article item-page"><div class="page-header"><h1>${T}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt>${dd}<dd class="category-name">Category: <a href="/news">News</a></dd></dl>${P}</div></main>`,
      lang,
    );
  it.each<Case>([
    [
      'Joomla 4 "Written by: <span>"',
      'authors',
      joomla(
        '<dd class="createdby"><span class="icon-user icon-fw" aria-hidden="true"></span> Written by: <span>Ann Lee</span></dd>',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'Joomla 3 "Written by" without colon',
      'authors',
      joomla('<dd class="createdby">Written by Ann Lee</dd>'),
      ['Ann Lee'],
      URL,
    ],
    [
      'German "Geschrieben von:"',
      'authors',
      joomla('<dd class="createdby"> Geschrieben von: <span>Ann Lee</span></dd>', 'de'),
      ['Ann Lee'],
      URL,
    ],
    [
      'French "Écrit par"',
      'authors',
      joomla('<dd class="createdby">Écrit par Ann Lee</dd>', 'fr'),
      ['Ann Lee'],
      URL,
    ],
    [
      'Spanish "Escrito por"',
      'authors',
      joomla('<dd class="createdby">Escrito por Ann Lee</dd>', 'es'),
      ['Ann Lee'],
      URL,
    ],
    [
      'linked to a contact page',
      'authors',
      joomla('<dd class="createdby">Written by: <a href="/contact/ann-lee">Ann Lee</a></dd>'),
      ['Ann Lee'],
      URL,
    ],
  ])('%s', check);
});

describe('an e-mail in brackets beside the name is dropped with its brackets', () => {
  it.each<Case>([
    [
      'Naver "김철수 기자(kim@…)"',
      'authors',
      at(
        '<div class="byline"><span class="byline_s">김철수 기자(kim@example.co.kr)</span></div>',
        'ko',
      ),
      ['김철수'],
      URL,
    ],
    [
      'spaced "이영희 기자 (lee@…)"',
      'authors',
      at('<p class="reporter">이영희 기자 (lee@example.co.kr)</p>', 'ko'),
      ['이영희'],
      URL,
    ],
    [
      'full-width "张三（zhang@…）"',
      'authors',
      at('<div class="author">张三（zhang@example.cn）</div>', 'zh-CN'),
      ['张三'],
      URL,
    ],
    [
      'English "Ann Lee (ann@…)"',
      'authors',
      at('<div class="byline">By Ann Lee (ann@example.org)</div>'),
      ['Ann Lee'],
      URL,
    ],
    [
      'square brackets',
      'authors',
      at('<span class="author">Ann Lee [ann@example.org]</span>'),
      ['Ann Lee'],
      URL,
    ],
  ])('%s', check);
});

describe('a byline label alone on its line names the line below it', () => {
  const meta = (inner: string, lang = 'en'): string =>
    page(
      `<title>${T}</title>`,
      `<main><header><div class="title"><h1>${T}</h1></div><div class="title-meta">${inner}</div></header>${P}</main>`,
      lang,
    );
  it.each<Case>([
    [
      'Quarto heading and contents',
      'authors',
      meta(
        '<div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>Ann Lee </p></div></div><div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">March 15, 2021</p></div></div>',
      ),
      ['Ann Lee'],
      URL,
    ],
    [
      'a definition list',
      'authors',
      meta('<dl><dt>Author</dt><dd>Ann Lee</dd><dt>Date</dt><dd>March 15, 2021</dd></dl>'),
      ['Ann Lee'],
      URL,
    ],
    [
      '"Authors" over two names',
      'authors',
      meta('<div>Authors</div><div>Ann Lee and Bo Chen</div>'),
      ['Ann Lee', 'Bo Chen'],
      URL,
    ],
    ['Spanish "Autor"', 'authors', meta('<p>Autor</p><p>Ana López</p>', 'es'), ['Ana López'], URL],
    [
      'German "Autorin"',
      'authors',
      meta('<dl><dt>Autorin</dt><dd>Anna Schmidt</dd></dl>', 'de'),
      ['Anna Schmidt'],
      URL,
    ],
  ])('%s', check);
});
