// @vitest-environment jsdom
// Session 9's title leftovers (kind 8), decided by what the words say: a forum's page-type label
// ("View topic - ") sets the topic apart from the site's name, and a Chinese portal's section
// names itself a channel or column ("_教育频道"), with or without an h1 to confirm the headline.
import { describe, it } from 'vitest';
import { type Case, check, H, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const HEADER = '<div class="headerbar" role="banner"><h1>Harbour Forum</h1><p>Talk</p></div>';
const BODY = `<div id="page-body"><div class="post"><div class="content">${P}</div></div></div>`;
const BOARD = 'https://boards.example.net/viewtopic.php?t=5';
const forum = (title: string, lang = 'en'): string =>
  page(`<title>${title}</title>`, HEADER + BODY, lang);

describe('kind 8: a forum page-type label before the topic', () => {
  it.each<Case>([
    [
      'phpBB 3.0 on a host that does not name the forum: the title',
      'title',
      forum(`Harbour Forum • View topic - ${H}`),
      H,
      BOARD,
    ],
    [
      'phpBB 3.0 on a host that does not name the forum: the site name',
      'siteName',
      forum(`Harbour Forum • View topic - ${H}`),
      'Harbour Forum',
      BOARD,
    ],
    [
      'German board: "Thema anzeigen - "',
      'title',
      forum('Hafenforum • Thema anzeigen - Abstimmung verschoben', 'de'),
      'Abstimmung verschoben',
      BOARD,
    ],
    [
      'French board without a site part: "Voir le sujet - "',
      'title',
      forum('Voir le sujet - Le vote du port reporté', 'fr'),
      'Le vote du port reporté',
      BOARD,
    ],
    [
      '"Site | View thread - Story"',
      'title',
      forum(`Harbour Forum | View thread - ${H}`),
      H,
      'https://boards.example.net/showthread.php?t=5',
    ],
    [
      'a headline that only mentions a point of view stays whole',
      'title',
      page('<title>A point of view: topic models explained</title>', `<article>${P}</article>`),
      'A point of view: topic models explained',
      'https://blog.example.net/topic-models',
    ],
  ])('%s (%s)', check);
});

const PORTAL = 'https://edu.portal.example.cn/a/2021/0315/1.html';
const SITE = '<meta property="og:site_name" content="港口网">';
const portal = (title: string, body = `<div class="content">${P}</div>`): string =>
  page(`<title>${title}</title>${SITE}`, body, 'zh');

describe('kind 8: a Chinese portal section after the headline', () => {
  it.each<Case>([
    [
      '"_教育频道" without an h1',
      'title',
      portal('港口投票推迟_教育频道_港口网'),
      '港口投票推迟',
      PORTAL,
    ],
    [
      '"_教育频道" with an h1 that confirms the headline',
      'title',
      portal(
        '港口投票推迟_教育频道_港口网',
        `<h1>港口投票推迟</h1><div class="content">${P}</div>`,
      ),
      '港口投票推迟',
      PORTAL,
    ],
    [
      'a section without a channel word, confirmed by the h1',
      'title',
      portal(
        '港口投票推迟_国内新闻_港口网',
        `<h1>港口投票推迟</h1><div class="content">${P}</div>`,
      ),
      '港口投票推迟',
      PORTAL,
    ],
    [
      'traditional characters and full-width bars: "｜財經頻道"',
      'title',
      portal('港口投票延後｜財經頻道｜港口網').replace('港口网', '港口網'),
      '港口投票延後',
      PORTAL,
    ],
    [
      'a CJK hyphen: "-体育栏目-"',
      'title',
      portal('港口投票推迟-体育栏目-港口网'),
      '港口投票推迟',
      PORTAL,
    ],
    [
      'a section without a channel word and no h1 stays',
      'title',
      portal('港口投票推迟_国内新闻_港口网'),
      '港口投票推迟_国内新闻',
      PORTAL,
    ],
    [
      'a headline about a channel stays whole',
      'title',
      portal('新的电视频道开播_港口网'),
      '新的电视频道开播',
      PORTAL,
    ],
  ])('%s (%s)', check);
});
