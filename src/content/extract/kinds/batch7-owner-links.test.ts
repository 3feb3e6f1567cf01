// @vitest-environment jsdom
// Issue #14's seventh batch: the owner of a user space named only by a link to that space beside
// the headline (note.com, Qiita, CSDN blogs), told apart from a link to the section the story is
// filed under ("News" at /news, "World news" at /world).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P = '<p>港湾局は火曜日に北埠頭の拡張について議論した。住民は長年反対してきた。</p>';
const EN = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const T = '港の投票延期';
const H = 'Harbour vote delayed';

describe('a link to the user space the page lives in names its owner', () => {
  it.each<Case>([
    [
      'note.com: portrait and name in the link after the h1',
      'authors',
      page(
        `<title>${T}｜山田太郎</title>`,
        `<main><article class="o-noteContentHeader"><h1 class="o-noteContentHeader__title">${T}</h1><div class="o-noteContentHeader__info"><div class="o-noteContentHeader__name"><a href="/yamada_taro"><img src="/p.jpg" alt="" width="32" height="32">山田太郎</a></div><time datetime="2021-03-15T09:30:00+09:00">2021年3月15日 09:30</time></div></article><div class="note-body">${P}</div></main>`,
        'ja',
      ),
      ['山田太郎'],
      'https://note.com/yamada_taro/n/n1a2b3c4d5e6f',
    ],
    [
      'Qiita: "@yamada_taro(山田 太郎)" before the h1, after a portrait-only link',
      'authors',
      page(
        `<title>${T} #Python - Qiita</title>`,
        `<div id="main"><article><div class="style-header"><div class="style-user"><a href="/yamada_taro"><img src="/y.png" width="24" height="24" alt="yamada_taro"></a><a href="/yamada_taro">@yamada_taro(山田 太郎)</a></div><h1 class="style-title">${T}</h1></div><section class="it-MdContent">${P}</section></article></div>`,
        'ja',
      ),
      ['山田 太郎'],
      'https://qiita.com/yamada_taro/items/0123456789abcdef0123',
    ],
    [
      'CSDN: follow-nickName link on an absolute URL, a deeper title box',
      'authors',
      page(
        '<title>港口投票推迟_山田太郎的博客-CSDN博客</title>',
        `<div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">港口投票推迟</h1></div><div class="article-info-box"><div class="bar-content"><span class="article-type-text">原创</span> <a class="follow-nickName" href="https://blog.csdn.net/yamada" target="_blank" title="yamada">山田太郎</a> <span class="time">于&nbsp;2021-03-15 09:30:00&nbsp;发布</span></div></div></div></div><div id="content_views"><p>港务局周二开会讨论北码头扩建问题。</p></div>`,
        'zh-CN',
      ),
      ['山田太郎'],
      'https://blog.csdn.net/yamada/article/details/123456789',
    ],
    [
      'a Latin full name, /@handle space',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><h1>${H}</h1><p><a href="/@annlee">Ann Lee</a> · 4 min read</p></header>${EN}</main>`,
      ),
      ['Ann Lee'],
      'https://blog.example.org/@annlee/posts/harbour-vote',
    ],
    [
      'a handle in the link',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><h1>${H}</h1><div><a href="/annlee/">@annlee</a></div></header>${EN}</main>`,
      ),
      ['annlee'],
      'https://pages.example.org/annlee/2021/harbour-vote',
    ],
    [
      'a section link "News" at /news is no owner',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><h1>${H}</h1><p><a href="/news/">News</a> · 4 min read</p></header>${EN}</main>`,
      ),
      [],
      'https://paper.example.org/news/2021/harbour-vote',
    ],
    [
      'a section link "World news" at /world is no owner',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><a href="/world">World news</a><h1>${H}</h1></header>${EN}</main>`,
      ),
      [],
      'https://paper.example.org/world/2021/harbour-vote',
    ],
    [
      'a one-word Latin label ("Opinion" at /meinung) is no owner',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><h1>${H}</h1><a href="/meinung">Opinion</a></header>${EN}</main>`,
      ),
      [],
      'https://paper.example.org/meinung/2021/harbour-vote',
    ],
    [
      'review F-kinds-2: a "政治" kicker linked to /politics is no owner',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><a class="category" href="/politics">政治</a><h1>${H}</h1></header>${EN}</main>`,
      ),
      [],
      'https://news.example.jp/politics/2021/03/15/abc.html',
    ],
    [
      'review F-kinds-2: a "国际" kicker linked to /world is no owner',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><a class="category" href="/world">国际</a><h1>${H}</h1></header>${EN}</main>`,
      ),
      [],
      'https://news.example.cn/world/2021/03/15/abc.html',
    ],
    [
      'review F-kinds-2: a "Политика" kicker linked to /politics is no owner',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><a class="category" href="/politics">Политика</a><h1>${H}</h1></header>${EN}</main>`,
      ),
      [],
      'https://news.example.ru/politics/2021/03/15/abc.html',
    ],
    [
      'review F-kinds-2: a "경제" kicker linked to /economy is no owner',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><a class="category" href="/economy">경제</a><h1>${H}</h1></header>${EN}</main>`,
      ),
      [],
      'https://news.example.kr/economy/article/123',
    ],
    [
      'a "政治" link without a class, not in the title, is no owner either',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><a href="/politics">政治</a><h1>${H}</h1></header>${EN}</main>`,
      ),
      [],
      'https://news.example.jp/politics/2021/03/15/abc.html',
    ],
    [
      'breadcrumbs are skipped',
      'authors',
      page(
        `<title>${H}</title>`,
        `<main><header><ol class="breadcrumbs"><li><a href="/harbour-desk">Harbour Desk</a></li></ol><h1>${H}</h1></header>${EN}</main>`,
      ),
      [],
      'https://paper.example.org/harbour-desk/2021/harbour-vote',
    ],
    [
      'a page directly under the space (no item path) is not read',
      'authors',
      page(
        `<title>${T}</title>`,
        `<main><h1>${T}</h1><a href="/yamada_taro"><img src="/p.jpg" alt="">山田太郎</a>${P}</main>`,
        'ja',
      ),
      [],
      'https://note.com/yamada_taro/about',
    ],
  ])('%s', check);
});
