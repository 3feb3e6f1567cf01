// @vitest-environment jsdom
// A publisher declared by its company's legal name while `<title>` signs with the brand: the
// New York Times marks its footer's copyright holder up as the microdata publisher ("The New York
// Times Company"), and its `<title>` reads "Story - The New York Times". The site goes by the brand.
// So does a name followed by its slogan whose first part spells the host: WebMD's logo alt
// "WebMD: Better information. Better health." on www.webmd.com.
import { describe, it } from 'vitest';
import { type Case, check, ld, page } from './testing';

const H = 'Harbour vote delayed';
const ARTICLE = `<article><h1>${H}</h1><p>The council met on Monday.</p></article>`;
const footerPublisher = (name: string): string =>
  `<footer><span itemprop="publisher" itemscope itemtype="http://schema.org/NewsMediaOrganization"><meta itemprop="url" content="https://news.example.com/"><span itemprop="name">${name}</span></span></footer>`;
const inArticle = (name: string): string =>
  `<div itemscope itemtype="http://schema.org/NewsArticle">${ARTICLE}${footerPublisher(name)}</div>`;

describe("a company's legal name as the brand <title> signs with", () => {
  it.each<Case>([
    [
      'NYT: microdata publisher "The New York Times Company", <title> "… - The New York Times"',
      'siteName',
      page(`<title>${H} - The New York Times</title>`, inArticle('The New York Times Company')),
      'The New York Times',
    ],
    [
      'JSON-LD publisher "Harbour News Ltd", <title> "… | Harbour News"',
      'siteName',
      page(
        `<title>${H} | Harbour News</title>${ld({ '@type': 'NewsArticle', headline: H, publisher: { '@type': 'Organization', name: 'Harbour News Ltd.' } })}`,
        ARTICLE,
      ),
      'Harbour News',
    ],
    [
      'two company forms after a comma: "Hafen Medien, Inc." is not shortened to a part <title> lacks',
      'siteName',
      page(
        `<title>${H} | Hafenblatt</title>${ld({ '@type': 'NewsArticle', headline: H, publisher: { '@type': 'Organization', name: 'Hafen Medien, Inc.' } })}`,
        ARTICLE,
      ),
      'Hafen Medien, Inc.',
    ],
    [
      '"Harbour Media Group" with <title> "… - Harbour"',
      'siteName',
      page(
        `<title>${H} - Harbour</title>${ld({ '@type': 'NewsArticle', headline: H, publisher: { '@type': 'Organization', name: 'Harbour Media Group' } })}`,
        ARTICLE,
      ),
      'Harbour',
    ],
    [
      'a name with no company form stays as declared',
      'siteName',
      page(
        `<title>${H} - Harbour</title>${ld({ '@type': 'NewsArticle', headline: H, publisher: { '@type': 'Organization', name: 'Harbour Gazette' } })}`,
        ARTICLE,
      ),
      'Harbour Gazette',
    ],
    [
      'a <title> without the brand leaves the legal name',
      'siteName',
      page(`<title>${H}</title>`, inArticle('The New York Times Company')),
      'The New York Times Company',
    ],
    [
      'a company form alone is no name to shorten ("Company" in "The Company")',
      'siteName',
      page(`<title>${H} - The</title>`, inArticle('The Company')),
      'The Company',
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], 'https://news.example.com/2021/03/15/harbour.html');
  });
});

const HN = 'https://www.harbournews.com/2021/03/15/harbour.html';
const logo = (alt: string): string =>
  page(
    `<title>${H}</title>`,
    `<header><a href="/"><img class="logo" src="/logo.png" alt="${alt}"></a></header>${ARTICLE}`,
  );

describe('a name followed by its slogan, the first part spelling the host', () => {
  it.each<Case>([
    [
      'WebMD: a logo alt "Brand: slogan." on the brand\'s host',
      'siteName',
      logo('Harbour News: Better information. Better harbours.'),
      'Harbour News',
      HN,
    ],
    [
      'og:site_name "Brand – slogan" on the brand\'s host',
      'siteName',
      page(
        `<title>${H}</title><meta property="og:site_name" content="Harbour News – Your source for quay news">`,
        ARTICLE,
      ),
      'Harbour News',
      HN,
    ],
    [
      'the same name on another host keeps its second part',
      'siteName',
      logo('Harbour News: Better information. Better harbours.'),
      'Harbour News: Better information. Better harbours.',
      'https://www.quaytimes.com/2021/03/15/harbour.html',
    ],
    [
      'a name without a separator stays whole',
      'siteName',
      logo('Harbour News Daily'),
      'Harbour News Daily',
      HN,
    ],
  ])('%s', check);
});
