// @vitest-environment jsdom
// Issue #14's leftovers after session 7, each on pages of different software: profile links
// across a site's subdomains (kind 6), compact URL dates before a slug (kind 7), pages whose
// only images are not the article's (kind 9) and author boxes (kind 5). Titles and site names
// are in leftover-titles.test.ts.
import { describe, it } from 'vitest';
import { type Case, check, H, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const story = (body: string, head = `<title>${H}</title>`): string =>
  page(head, `<article><h1>${H}</h1>${body}</article>`);

describe('kind 6: profile links across one site', () => {
  it.each<Case>([
    [
      'Substack: substack.com/@handle on the publication subdomain',
      'authors',
      story(
        `<div class="post-header"><a href="https://substack.com/@annlee">Ann Lee</a></div>${P}`,
      ),
      ['Ann Lee'],
      'https://annlee.substack.com/p/harbour-vote-delayed',
    ],
    [
      'Medium: medium.com/@handle on a member subdomain',
      'authors',
      story(`<div class="meta"><a href="https://medium.com/@annlee">Ann Lee</a></div>${P}`),
      ['Ann Lee'],
      'https://harbour.medium.com/harbour-vote-delayed-1a2b3c',
    ],
    [
      'a newsroom: www.example/people/ on the news subdomain',
      'authors',
      story(
        `<div class="meta"><a href="https://www.example.com/people/ann-lee/">Ann Lee</a></div>${P}`,
      ),
      ['Ann Lee'],
      'https://news.example.com/a/story.html',
    ],
    [
      'but a Mastodon profile on another site is no byline',
      'authors',
      story(
        `<div class="share"><a href="https://mastodon.social/@harbornews">Harbor News</a></div>${P}`,
      ),
      [],
      'https://annlee.substack.com/p/harbour-vote-delayed',
    ],
  ])('%s', check);
});

describe('kind 7: compact URL dates before a slug', () => {
  it.each<Case>([
    [
      'at the root',
      'datePublished',
      story(P),
      '2021-03-15',
      'https://blog.example.com/20210315-harbour',
    ],
    [
      'in a posts folder, slug with a trailing slash',
      'datePublished',
      story(P),
      '2021-03-15',
      'https://blog.example.com/posts/20210315-harbour-vote-delayed/',
    ],
    [
      'an underscore slug',
      'datePublished',
      story(P),
      '2021-03-15',
      'https://www.example.de/politik/20210315_hafen_abstimmung',
    ],
    [
      'but not in a short-link folder',
      'datePublished',
      story(P),
      undefined,
      'https://forum.example.com/t/20210315-harbour',
    ],
    [
      'nor before a slug that goes on into folders',
      'datePublished',
      story(P),
      undefined,
      'https://shop.example.com/item/20210315-harbour/reviews/2',
    ],
    [
      'nor an invalid date',
      'datePublished',
      story(P),
      undefined,
      'https://blog.example.com/20211345-harbour',
    ],
  ])('%s', check);
});

describe('kind 9: a page without a lead image', () => {
  it.each<Case>([
    [
      "the author's portrait in the byline",
      'image',
      story(
        `<div class="byline"><img src="/u/ann-400x400.jpg" width="400" height="400"> Ann Lee</div>${P}${P}`,
      ),
      undefined,
    ],
    [
      'an "about the writer" box',
      'image',
      story(
        `${P}${P}<div class="about-the-writer"><img src="/img/ann-lee-500x500.jpg"><p>Ann Lee covers the harbour.</p></div>`,
      ),
      undefined,
    ],
    [
      'a related story in a captioned figure, linked to that story',
      'image',
      story(
        `${P}${P}<section><h2>More stories</h2><figure><a href="/b/ferry-fares"><img src="/img/other-story-1024x683.jpg"></a><figcaption>Ferry fares rise</figcaption></figure></section>`,
      ),
      undefined,
    ],
    [
      'a "read more" card',
      'image',
      story(
        `${P}${P}<div class="read-more"><a href="/b"><img src="/img/other.jpg" width="640" height="360"></a><a href="/b">Ferry fares rise</a></div>`,
      ),
      undefined,
    ],
    [
      'ad slots',
      'image',
      story(
        `${P}<div class="ad-slot"><img src="https://cdn.example.net/c/728x90.jpg?w=728"></div><div class="ad"><img src="/media/box.jpg" width="300" height="250"></div>${P}`,
      ),
      undefined,
    ],
    [
      "a partner's wordmark in the text",
      'image',
      story(`${P}<p>In partnership with <img src="/partners/acme-600x200.jpg"></p>${P}`),
      undefined,
    ],
    [
      'a newsletter sign-up',
      'image',
      story(
        `${P}<div class="newsletter-signup"><img src="/img/newsletter-800x400.jpg"><p>Sign up</p></div>${P}`,
      ),
      undefined,
    ],
    [
      'while a lightbox link to its own file keeps the lead',
      'image',
      story(
        `<figure><a href="/img/quay-2000.jpg"><img src="/img/quay-1024x683.jpg"></a></figure>${P}`,
      ),
      'https://news.example.com/img/quay-1024x683.jpg',
    ],
    [
      'and a lead linked to its own page keeps it',
      'image',
      story(
        `<figure><a href="/a/story.html"><img src="/img/quay.jpg" width="1200" height="800"></a></figure>${P}`,
      ),
      'https://news.example.com/img/quay.jpg',
    ],
  ])('%s', check);
});

describe('kind 5: an author box is no byline', () => {
  it.each<Case>([
    [
      '"about the writer" opening with a sentence',
      'authors',
      story(`${P}<div class="about-the-writer"><p>Ann Lee covers the harbour for us.</p></div>`),
      [],
    ],
    [
      'a particle name still reads as a name',
      'authors',
      story(`<p class="byline">By Ludwig van Beethoven</p>${P}`),
      ['Ludwig van Beethoven'],
    ],
    [
      'a byline with a role after a comma keeps the name',
      'authors',
      story(`<p class="byline">By Ann Lee, staff writer</p>${P}`),
      ['Ann Lee'],
    ],
  ])('%s', check);
});
