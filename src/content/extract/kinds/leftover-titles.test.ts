// @vitest-environment jsdom
// Issue #14's leftovers after session 7, titles and site names: forum titles (kind 8) and the
// footer's copyright holder as the site name (kind 10), each on pages of different software.
import { describe, it } from 'vitest';
import { type Case, check, H, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const FORUM = 'https://forum.harbour.org/viewtopic.php?t=5';
const story = (body: string, head = `<title>${H}</title>`): string =>
  page(head, `<article><h1>${H}</h1>${body}</article>`);

describe('kind 8: forum titles', () => {
  it.each<Case>([
    [
      'phpBB 3.0: "Site • View topic - Story", the site in the header h1',
      'title',
      page(
        `<title>Harbour Forum • View topic - ${H}</title>`,
        `<div class="headerbar"><a href="./index.php" id="logo"><img src="site_logo.gif" alt=""></a><h1>Harbour Forum</h1></div><div id="page-body"><h2><a href="./viewtopic.php?t=5">${H}</a></h2><div class="post"><div class="content">${P}</div></div></div>`,
      ),
      H,
      FORUM,
    ],
    [
      'phpBB 3.0: the header h1 is the site name, not the headline',
      'siteName',
      page(
        `<title>Harbour Forum • View topic - ${H}</title>`,
        `<div class="headerbar"><h1>Harbour Forum</h1></div><div id="page-body"><h2><a href="./viewtopic.php?t=5">${H}</a></h2><div class="post"><div class="content">${P}</div></div></div>`,
      ),
      'Harbour Forum',
      FORUM,
    ],
    [
      'phpBB 3.3: "Story - Site" with h2.topic-title',
      'title',
      page(
        `<title>${H} - Harbour Forum</title>`,
        `<div class="headerbar" role="banner"><h1>Harbour Forum</h1></div><div id="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=5">${H}</a></h2><div class="post"><div class="content">${P}</div></div></div>`,
      ),
      H,
      FORUM,
    ],
    [
      'vBulletin 4: "Thread:" h1 and a logo',
      'title',
      page(
        `<title> ${H} - Harbour Forum</title>`,
        `<div id="header"><a href="index.php"><img src="logo.png" alt="Harbour Forum"></a></div><div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=5">${H}</a></span></h1></div><ol id="posts"><li><blockquote class="postcontent">${P}</blockquote></li></ol>`,
      ),
      H,
      'https://www.harbourforum.com/showthread.php?t=5',
    ],
    [
      'Discourse without og tags: "Story - Category - Site"',
      'title',
      page(
        `<title>${H} - Town Hall - Harbour Forum</title>`,
        `<div id="main-outlet"><h1><a class="fancy-title" href="/t/harbour-vote-delayed/5">${H}</a></h1><div class="post">${P}</div></div>`,
      ),
      H,
      'https://forum.harbour.org/t/harbour-vote-delayed/5',
    ],
    [
      'Discourse: the site is the last part, not the category',
      'siteName',
      page(
        `<title>${H} - Town Hall - Harbour Forum</title>`,
        `<div id="main-outlet"><h1><a class="fancy-title" href="/t/harbour-vote-delayed/5">${H}</a></h1><div class="post">${P}</div></div>`,
      ),
      'Harbour Forum',
      'https://forum.harbour.org/t/harbour-vote-delayed/5',
    ],
    [
      'XenForo 1: "Story | Site", h1 in .titleBar',
      'title',
      page(
        `<title>${H} | Harbour Forum</title>`,
        `<div class="titleBar"><h1>${H}</h1></div><ol class="messageList"><li class="message"><blockquote class="messageText">${P}</blockquote></li></ol>`,
      ),
      H,
      'https://forum.harbour.org/threads/harbour-vote-delayed.5/',
    ],
    [
      'a blog header h1 with no h2 repeating the title stays the headline',
      'title',
      page(`<title>${H} - Harbor Blog</title>`, `<header><h1>${H}</h1></header><main>${P}</main>`),
      H,
      'https://harborblog.example/2021/harbour',
    ],
  ])('%s', check);
});

describe('kind 10: the footer copyright holder must agree with the site', () => {
  it.each<Case>([
    [
      'a parent company on a newspaper host',
      'siteName',
      story(P) + '<footer><p>© 2021 Acme Media Group. All rights reserved.</p></footer>',
      undefined,
      'https://www.harbornews.com/a/1',
    ],
    [
      "a person's name on another site's blog",
      'siteName',
      story(P) + '<footer><p>Copyright © 2021 Ann Lee</p></footer>',
      undefined,
      'https://harbourwatch.example/posts/harbour',
    ],
    [
      'the holder spelling the host',
      'siteName',
      story(P) + '<footer><p>© 2016 Harbor News. All rights reserved.</p></footer>',
      'Harbor News',
      'https://www.harbornews.com/a/1',
    ],
    [
      "a personal blog's owner on their own domain",
      'siteName',
      story(P) + '<footer><p>© 2021 Ann Lee</p></footer>',
      'Ann Lee',
      'https://annlee.dev/posts/harbour',
    ],
    [
      'the holder set apart in the title',
      'siteName',
      page(
        `<title>${H} · Harbour Watch</title>`,
        `<article>${P}</article><footer><p>© 2021 Harbour Watch</p></footer>`,
      ),
      'Harbour Watch',
      'https://hw.example.org/p/1',
    ],
  ])('%s', check);
});
