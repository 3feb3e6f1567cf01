// @vitest-environment jsdom
// Issue #14's seventh batch: hashtags after the headline in `<title>` (Qiita's "Story #Python -
// Qiita") are the page's topics, not its title, once the site's name is cut and the page states
// the headline alone.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = '港の投票延期';
const H = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const titled = (title: string, h1: string, lang = 'en'): string =>
  page(`<title>${title}</title>`, `<main><article><h1>${h1}</h1>${P}</article></main>`, lang);

describe('trailing hashtags in the title', () => {
  it.each<Case>([
    [
      'Qiita: "Story #Python - Qiita"',
      'title',
      titled(`${T} #Python - Qiita`, T, 'ja'),
      T,
      'https://qiita.com/u/items/0123',
    ],
    [
      'two tags',
      'title',
      titled(`${T} #Python #AWS - Qiita`, T, 'ja'),
      T,
      'https://qiita.com/u/items/0123',
    ],
    [
      'Latin headline, tags and a bar',
      'title',
      titled(`${H} #harbour #council | Harbour Notes`, H),
      H,
      'https://harbournotes.org/p/1',
    ],
    [
      'a CJK tag, the site named by og:site_name',
      'title',
      page(
        `<title>${T} #港湾 #投票 | 港ノート</title><meta property="og:site_name" content="港ノート">`,
        `<main><article><h1>${T}</h1>${P}</article></main>`,
        'ja',
      ),
      T,
      'https://minato.example.jp/p/1',
    ],
    [
      'tags with dots and digits',
      'title',
      titled(`${H} #Node.js #v20 - Dev Notes`, H),
      H,
      'https://devnotes.org/p/1',
    ],
    // A number sign the headline writes itself, or a "#2" the h1 repeats, stays.
    [
      '"C#" in the headline stays, its tag goes',
      'title',
      titled('Learning C# #dotnet - Qiita', 'Learning C#'),
      'Learning C#',
      'https://qiita.com/u/items/1',
    ],
    [
      'a tag the h1 also writes stays',
      'title',
      titled(`${H} #2 - Harbour Notes`, `${H} #2`),
      `${H} #2`,
      'https://harbournotes.org/p/2',
    ],
    [
      'no headline stated alone: unchanged',
      'title',
      page(`<title>${H} #harbour - Harbour Notes</title>`, `<main>${P}</main>`),
      `${H} #harbour`,
      'https://harbournotes.org/p/3',
    ],
  ])('%s', check);
});
