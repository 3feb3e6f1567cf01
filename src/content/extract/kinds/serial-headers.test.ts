// @vitest-environment jsdom
// A serial's header names its author before the chapter's headline, with the byline word in an
// element of its own and no byline markup: web-fiction sites print "Story by Ann Lee" above the
// h1 as `<a><h2>Story</h2></a> <span>by</span> <h3><a href="/profile/7">Ann Lee</a></h3>`
// (Royal Road; the profile path is no author-archive path, and the page has no structured byline).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const URL = 'https://serials.example.com/fiction/12/the-harbour/chapter/3/the-vote';
const CHAPTER = '<div class="chapter-content"><p>The harbour board met at dawn.</p></div>';
/** A chapter page whose header holds `header` before the chapter's h1. */
const chapter = (header: string, h1 = '<h1>Chapter 3: The vote</h1>'): string =>
  page(
    '<title>Chapter 3: The vote - The Harbour | Serials</title>',
    `<div class="fic-header"><div class="col">${header}${h1}</div></div>${CHAPTER}`,
  );
const STORY = '<a href="/fiction/12/the-harbour"><h2>The Harbour</h2></a>';

describe("a serial's header: the byline word alone, the name in the element after it", () => {
  it.each<Case>([
    [
      'Royal Road: <span>by</span> then the name in a heading holding one link',
      'authors',
      chapter(`${STORY} <span>by</span> <h3><a href="/profile/338">Ann Lee</a></h3><h4></h4>`),
      ['Ann Lee'],
    ],
    [
      'a one-word pen name',
      'authors',
      chapter(`${STORY} <span>by</span> <h3><a href="/profile/338">Sleyca</a></h3>`),
      ['Sleyca'],
    ],
    [
      'the name as the link itself, after "By:"',
      'authors',
      chapter(`<b>The Harbour</b> <span>By:</span> <a href="/u/338/ann-lee">Ann Lee</a>`),
      ['Ann Lee'],
    ],
    [
      'the header wrapped around the h1 one level down',
      'authors',
      chapter(
        `${STORY} <span>by</span> <h3><a href="/profile/338">Ann Lee</a></h3>`,
        '<div><h1>Chapter 3</h1></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'an element after the word holding more than its link is not a byline',
      'authors',
      chapter(`${STORY} <span>by</span> <p>the team at <a href="/about">Harbour Desk</a></p>`),
      [],
    ],
    [
      'two links after the word: not one name',
      'authors',
      chapter(`${STORY} <span>by</span> <p><a href="/a">Ann Lee</a><a href="/b">Bo Chan</a></p>`),
      [],
    ],
    [
      'a sort control ("Sort by") is no byline word',
      'authors',
      chapter(`<span>Sort by</span> <a href="?sort=date">Date Added</a>`),
      [],
    ],
    [
      'the word right before the headline names no one (the headline is not a name)',
      'authors',
      chapter(`${STORY} <span>by</span>`),
      [],
    ],
    [
      'a name that does not read as one (all capitals, digits) is not taken',
      'authors',
      chapter(`${STORY} <span>by</span> <h3><a href="/profile/338">TOP 10 STORIES</a></h3>`),
      [],
    ],
  ])('%s', (...row) => {
    check(row[0], row[1], row[2], row[3], URL);
  });
});
