// @vitest-environment jsdom
// Issue #14's seventh batch: a date the details line beside the headline labels as the
// publication (AstroPaper's visually hidden "Published:", Halo's "发表于", Zenn's "に公開",
// "Posted on", "Publié le"), and prose that only mentions a publication (review F-kinds-1).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const URL = 'https://news.example.org/harbour-vote';
const article = (meta: string, lang = 'en'): string =>
  page(`<title>${T}</title>`, `<main><article><h1>${T}</h1>${meta}${P}</article></main>`, lang);

describe('a labelled date in the details line beside the headline', () => {
  it.each<Case>([
    [
      'AstroPaper: visually hidden "Published:" then "15 Mar, 2021 | at 09:30 AM"',
      'datePublished',
      article(
        '<div class="flex items-center"><svg></svg><span class="sr-only">Published:</span><span class="italic">15 Mar, 2021<span aria-hidden="true"> | </span><span class="sr-only">&nbsp;at&nbsp;</span><span>09:30 AM</span></span></div>',
      ),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'Halo: "张三 发表于 2021-03-15 09:30 阅读 120"',
      'datePublished',
      article(
        '<div class="mt-3 flex"><span>张三</span><span>发表于 2021-03-15 09:30</span><span>阅读 120</span></div>',
        'zh-CN',
      ),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'Zenn-like: "2021/03/15に公開" with the author',
      'datePublished',
      article(
        '<div><a href="/yamada">山田太郎</a><span>2021/03/15に公開</span><span>約5分で読めます</span></div>',
        'ja',
      ),
      '2021-03-15',
      URL,
    ],
    [
      'WordPress-style line: "Posted on March 15, 2021 by Ann Lee — 3 comments"',
      'datePublished',
      article(
        '<div><span>Posted on March 15, 2021 by Ann Lee</span> — <a href="#c">3 comments</a></div>',
      ),
      '2021-03-15',
      URL,
    ],
    [
      'French: "Publié le 15 mars 2021 à 09h30 · 4 min de lecture"',
      'datePublished',
      article(
        '<div><span>Publié le 15 mars 2021 à 09h30</span> · <span>4 min de lecture</span></div>',
        'fr',
      ),
      '2021-03-15T09:30:00',
      URL,
    ],
    // Review F-kinds-1: prose that mentions a publication is no details line.
    [
      'a deck: "The report, published on 15 March 2019, warns…"',
      'datePublished',
      article('<p>The report, published on 15 March 2019, warns of flooding along the coast.</p>'),
      undefined,
      URL,
    ],
    [
      'a deck: "A study published 3 March 2020 in Nature says…"',
      'datePublished',
      article('<p>A study published 3 March 2020 in Nature says the quay is sinking.</p>'),
      undefined,
      URL,
    ],
    [
      'a deck opening with "Posted on social media on 12 May 2020, …"',
      'datePublished',
      article('<p>Posted on social media on 12 May 2020, the video drew outrage at once.</p>'),
      undefined,
      URL,
    ],
    [
      'a German deck: "Ein Bericht, veröffentlicht am 15.03.2019, warnt…"',
      'datePublished',
      article(
        '<p>Ein Bericht, veröffentlicht am 15.03.2019, warnt vor Hochwasser an der Küste.</p>',
        'de',
      ),
      undefined,
      URL,
    ],
    [
      '"Published by" without a date gives nothing',
      'datePublished',
      article(
        '<div><span>Published by the Harbour Board press office</span> · <span>4 min read</span></div>',
      ),
      undefined,
      URL,
    ],
  ])('%s', check);
});
