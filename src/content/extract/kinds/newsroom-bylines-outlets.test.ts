// @vitest-environment jsdom
// Issue #14's fault kinds on page structures modelled on real markup: bylines (kinds 4-6) that
// credit an outlet or a wire service beside a person, and bylines in other languages. The CMS
// byline markup (Arc XP, Brightspot, Chorus, WordPress VIP) is in newsroom-bylines.test.ts.
import { describe, it } from 'vitest';
import { type Case, check, A, H, page } from './testing';

describe('kinds 4-6: bylines from newsroom CMSs and other languages', () => {
  it.each<Case>([
    [
      'outlet in capitals beside a person',
      'authors',
      A('<p class="byline">By Ann Lee, KYODO NEWS</p>'),
      ['Ann Lee'],
    ],
    [
      'an outlet that is not a wire service',
      'authors',
      A('<p class="byline">Ann Lee | Harbor Times</p>'),
      ['Ann Lee'],
    ],
    [
      'two persons in capitals',
      'authors',
      A('<p class="byline">By ANN LEE and BO CHEN</p>'),
      ['ANN LEE', 'BO CHEN'],
    ],
    [
      'story by, photos by',
      'authors',
      A('<p class="byline">Story by Ann Lee. Photos by Bo Chen.</p>'),
      ['Ann Lee'],
    ],
    [
      'two staff links',
      'authors',
      A(
        '<div class="byline">By <a href="/people/ann-lee">Ann Lee</a> and <a href="/people/bo-chen">Bo Chen</a></div>',
      ),
      ['Ann Lee', 'Bo Chen'],
    ],
    [
      'WordPress entry-meta',
      'authors',
      A(
        '<div class="entry-meta"><span class="posted-on">May 24, 2016</span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/annlee/">Ann Lee</a></span></span></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'Chorus c-byline with time',
      'authors',
      A(
        '<div class="c-byline"><span class="c-byline__item"><a href="https://www.theverge.com/authors/ann-lee">Ann Lee</a></span><span class="c-byline__item"><time datetime="2016-05-24T10:30:00-04:00">May 24, 2016, 10:30am EDT</time></span></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'Brightspot staff link',
      'authors',
      A(
        '<div class="Page-authors"><a class="Link" href="https://www.example.com/staff/ann-lee">Ann Lee</a></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'article:author URL beside meta author',
      'authors',
      page(
        `<title>${H}</title><meta property="article:author" content="https://www.facebook.com/annlee"><meta name="author" content="Ann Lee">`,
        '',
      ),
      ['Ann Lee'],
    ],
    [
      'NYT-like /by/ link',
      'authors',
      A(
        '<p class="css-aknsld"><span class="css-1baulvz">By </span><span class="css-1baulvz last-byline"><a href="https://www.nytimes.com/by/ann-lee">Ann Lee</a></span></p>',
      ),
      ['Ann Lee'],
    ],
    [
      'Korean role and e-mail',
      'authors',
      A('<div class="byline">김철수 기자 kim@example.co.kr</div>', 'ko'),
      ['김철수'],
    ],
    [
      'Chinese 记者 label, names split by a space',
      'authors',
      A('<div class="author">记者：张三 李四</div>', 'zh'),
      ['张三', '李四'],
    ],
    ['Japanese 文 label', 'authors', A('<p class="author">文：山田太郎</p>', 'ja'), ['山田太郎']],
    [
      'German credit to a wire service',
      'authors',
      A('<p class="author">Von Ann Lee, mit Material von dpa</p>', 'de'),
      ['Ann Lee'],
    ],
    ['French par', 'authors', A('<p class="auteur">Par Anne Martin</p>', 'fr'), ['Anne Martin']],
    [
      'name then date on one line',
      'authors',
      A('<p class="byline">By Ann Lee on May 24, 2016</p>'),
      ['Ann Lee'],
    ],
    [
      'follow button inside the author box',
      'authors',
      A('<div class="author"><a href="/author/ann-lee">Ann Lee</a><button>Follow</button></div>'),
      ['Ann Lee'],
    ],
  ])('%s', check);
});
