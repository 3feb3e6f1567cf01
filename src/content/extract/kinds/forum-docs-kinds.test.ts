// @vitest-environment jsdom
// Issue #14's leftovers after session 8, each on pages of different software: ids read as URL
// dates (kind 7), forum headers and thread prefixes in titles (kind 8) and forum, Q&A and Wix
// bylines (kind 6). Docs sites' "Last updated" dates: last-updated-dates.test.ts.
import { describe, it } from 'vitest';
import { type Case, check, H, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const post = (title: string, body: string): string =>
  page(`<title>${title}</title>`, `<div id="content"><h1>${H}</h1>${body}${P}</div>`);

describe('kind 7: an id after a resource word is no date', () => {
  it.each<Case>([
    [
      'Stack Exchange: /questions/<id>/slug',
      'datePublished',
      post(`${H} - Harbour Stack Exchange`, '<div class="post-text">x</div>'),
      undefined,
      'https://harbour.stackexchange.com/questions/20210315/harbour-vote-delayed',
    ],
    [
      'Zhihu: /question/<id>/answer/<id>',
      'datePublished',
      post(`${H} - 知乎`, ''),
      undefined,
      'https://www.zhihu.com/question/20210315/answer/77',
    ],
    [
      'Reddit: /r/sub/comments/<id>/slug/',
      'datePublished',
      post(`${H} : r/harbour`, ''),
      undefined,
      'https://www.reddit.com/r/harbour/comments/20210315/harbour_vote_delayed/',
    ],
    [
      'a dated folder path stays a date',
      'datePublished',
      post(H, ''),
      '2021-03-15',
      'https://blog.example.com/2021/03/15/harbour-vote-delayed/',
    ],
    [
      'a compact date before a slug stays a date',
      'datePublished',
      post(H, ''),
      '2021-03-15',
      'https://blog.example.com/posts/20210315-harbour-vote-delayed',
    ],
    [
      'a compact date folder in a news section stays a date',
      'datePublished',
      post(H, ''),
      '2021-03-15',
      'https://www.news.example.cn/politics/20210315/c_1127.htm',
    ],
  ])('%s', check);
});

const HEADER = '<div class="headerbar" role="banner"><h1>Harbour Forum</h1><p>Talk</p></div>';
const BODY = `<div id="page-body"><div class="post"><div class="content">${P}</div></div></div>`;

describe('kind 8: a forum header h1 no heading repeats', () => {
  it.each<Case>([
    [
      'phpBB 3.3 without a topic h2: the title',
      'title',
      page(`<title>${H} - Harbour Forum</title>`, HEADER + BODY),
      H,
      'https://forum.harbour.org/viewtopic.php?t=5',
    ],
    [
      'phpBB 3.3 without a topic h2: the site name',
      'siteName',
      page(`<title>${H} - Harbour Forum</title>`, HEADER + BODY),
      'Harbour Forum',
      'https://forum.harbour.org/viewtopic.php?t=5',
    ],
    [
      'phpBB 3.0 on a host that does not name it: the forum is not the title ("View topic -" sets the topic apart)',
      'title',
      page(`<title>Harbour Forum • View topic - ${H}</title>`, HEADER + BODY),
      H,
      'https://boards.example.net/viewtopic.php?t=5',
    ],
    [
      'phpBB 3.0 on a host that does not name it: the topic is not the site, the part before "View topic" is',
      'siteName',
      page(`<title>Harbour Forum • View topic - ${H}</title>`, HEADER + BODY),
      'Harbour Forum',
      'https://boards.example.net/viewtopic.php?t=5',
    ],
    [
      'MyBB: #header h1 and "Story - Site"',
      'title',
      page(
        `<title>${H} - Harbour Boards</title>`,
        `<div id="header"><h1><a href="index.php">Harbour Boards</a></h1></div><div id="content"><table class="tborder"><tr><td class="post_body">${P}</td></tr></table></div>`,
      ),
      H,
      'https://www.harbourboards.net/thread-5.html',
    ],
  ])('%s', check);
});

describe('kind 8: thread prefixes are the forum’s labels', () => {
  it.each<Case>([
    [
      'XenForo 2: span.label in the h1, prefix in og:title',
      'title',
      page(
        `<title>Solved - ${H} | Harbour Forum</title><meta property="og:title" content="Solved - ${H}">`,
        `<div class="p-body-header"><h1 class="p-title-value"><span class="label label--green" dir="auto">Solved</span><span class="label-append">&nbsp;</span>${H}</h1></div><article class="message">${P}</article>`,
      ),
      H,
      'https://forum.harbour.org/threads/harbour-vote-delayed.5/',
    ],
    [
      'XenForo 1: span.prefix in the h1',
      'title',
      page(
        `<title>[Question] ${H} | Harbour Forum</title>`,
        `<div class="titleBar"><h1><span class="prefix prefixBlue">Question</span> ${H}</h1></div><ol class="messageList"><li class="message">${P}</li></ol>`,
      ),
      H,
      'https://forum.harbour.org/threads/harbour-vote-delayed.5/',
    ],
    [
      'Invision: ipsBadge in the h1',
      'title',
      page(
        `<title>Solved: ${H} - Town Hall - Harbour Forum</title><meta property="og:title" content="Solved: ${H}">`,
        `<div class="ipsPageHeader"><h1 class="ipsType_pageTitle"><span class="ipsBadge ipsBadge_positive">Solved</span> <span class="ipsType_break">${H}</span></h1></div><article class="ipsComment">${P}</article>`,
      ),
      H,
      'https://forum.harbour.org/topic/5-harbour-vote-delayed/',
    ],
    [
      'Discourse: "[Question]" typed by the poster stays',
      'title',
      page(
        `<title>[Question] ${H} - Harbour Forum</title><meta property="og:title" content="[Question] ${H}">`,
        `<div id="main-outlet"><h1><a class="fancy-title" href="/t/question-harbour-vote-delayed/5">[Question] ${H}</a></h1><div class="post">${P}</div></div>`,
      ),
      `[Question] ${H}`,
      'https://forum.harbour.org/t/question-harbour-vote-delayed/5',
    ],
  ])('%s', check);
});

describe('kind 6: forum, Q&A and Wix bylines', () => {
  it.each<Case>([
    [
      'Wix Blog: data-hook="user-name"',
      'authors',
      page(
        `<title>${H} | Harbour Notes</title>`,
        `<article data-hook="post"><div data-hook="post-header"><span data-hook="avatar-image"></span><span class="tQ0Q1A" data-hook="user-name">Ann Lee</span><span data-hook="time-ago">Mar 15, 2021</span></div><h1 data-hook="post-title">${H}</h1>${P}</article>`,
      ),
      ['Ann Lee'],
      'https://www.harbournotes.com/post/harbour-vote-delayed',
    ],
    [
      'Reddit: the poster’s /user/ link, not the commenters’',
      'authors',
      page(
        `<title>${H} : r/harbour</title>`,
        `<div class="content" role="main"><div class="thing link"><p class="title"><a href="/r/harbour/comments/abc/">${H}</a></p><p class="tagline">submitted 3 hours ago by <a href="https://old.reddit.com/user/annlee" class="author may-blank">annlee</a></p></div><div class="commentarea"><div class="comment"><a href="https://old.reddit.com/user/bochen" class="author">bochen</a></div></div></div>`,
      ),
      ['annlee'],
      'https://old.reddit.com/r/harbour/comments/abc/harbour_vote_delayed/',
    ],
    [
      'new Reddit: "u/annlee" names annlee',
      'authors',
      page(
        `<title>${H} : r/harbour</title>`,
        `<main><div slot="credit-bar"><a href="/user/annlee/">u/annlee</a></div><h1 slot="title">${H}</h1>${P}</main>`,
      ),
      ['annlee'],
      'https://www.reddit.com/r/harbour/comments/abc/harbour_vote_delayed/',
    ],
    [
      'Stack Exchange: the asker, not the editor or the answerers',
      'authors',
      page(
        `<title>${H} - Harbour Stack Exchange</title>`,
        `<div id="mainbar" role="main"><div class="question"><div class="s-prose">${P}</div><div class="post-signature"><div class="user-info"><div class="user-action-time">edited Mar 16, 2021</div><div class="user-gravatar32"><a href="/users/2/bo-chen"><img src="b.png"></a></div><div class="user-details"><a href="/users/2/bo-chen">Bo Chen</a></div></div></div><div class="post-signature owner"><div class="user-info"><div class="user-action-time">asked Mar 15, 2021</div><div class="user-gravatar32"><a href="/users/1/ann-lee"><img src="a.png"></a></div><div class="user-details"><a href="/users/1/ann-lee">Ann Lee</a></div></div></div></div><div id="answers"><div class="answer"><div class="user-details"><a href="/users/3/cy-diaz">Cy Diaz</a></div></div></div></div>`,
      ),
      ['Ann Lee'],
      'https://harbour.stackexchange.com/questions/5/harbour-vote-delayed',
    ],
    [
      'XenForo: the first post’s /members/ link',
      'authors',
      page(
        `<title>${H} | Harbour Forum</title>`,
        `<div class="p-body-main"><h1 class="p-title-value">${H}</h1><article class="message" data-author="Ann Lee"><div class="message-user"><h4 class="message-name"><a href="/members/ann-lee.7/" class="username">Ann Lee</a></h4></div>${P}</article><article class="message"><h4 class="message-name"><a href="/members/bo-chen.8/" class="username">Bo Chen</a></h4></article></div>`,
      ),
      ['Ann Lee'],
      'https://forum.harbour.org/threads/harbour-vote-delayed.5/',
    ],
  ])('%s', check);
});
