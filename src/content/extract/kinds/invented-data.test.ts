// @vitest-environment jsdom
// Rules that read more of a page must not invent what it does not say (issue #14: an author is a
// name, not an action; never invent a date): the probes of review 7 (F-kinds-1 to F-kinds-5),
// each on a page with no other source for the field, so the rule alone decides.
import { describe, expect, it } from 'vitest';
import { extract } from './testing';

const PROSE =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise and traffic it would bring.</p>';
const article = (body: string, head = '<title>Harbour vote delayed</title>'): string =>
  `<html><head>${head}</head><body><article><h1>Harbour vote delayed</h1>${PROSE}${body}${PROSE}</article></body></html>`;

type Field = 'authors' | 'siteName' | 'datePublished' | 'image';
type Case = [name: string, field: Field, html: string, expected: unknown, url?: string];

function read(...[, field, html, , url]: Case): unknown {
  const meta = extract(html, url);
  return field === 'authors' ? meta.authors.map((a) => a.name) : meta[field];
}

describe('extraction that invents nothing', () => {
  it.each<Case>([
    // F-kinds-2: a call to action in a contributor-classed box.
    [
      'a "Become a contributor" box is no author',
      'authors',
      article('<div class="contributor-cta">Become a contributor</div>'),
      [],
    ],
    // F-kinds-3: profile links in sentences and captions mention someone, they credit no one.
    [
      'a social profile in a sentence',
      'authors',
      article(
        '<p>Follow <a href="https://mastodon.social/@harbornews">Harbor News</a> for more.</p>',
      ),
      [],
    ],
    [
      'a /by/ topic link in a sentence',
      'authors',
      article('<p>Nothing changes, as <a href="/by/topic/ports/">Port Authority</a> said.</p>'),
      [],
    ],
    [
      'a staff page linked from a sentence',
      'authors',
      article('<p>See <a href="/people/mayor-smith/">Mayor Smith</a> profile.</p>'),
      [],
    ],
    [
      'a photo credit in a caption',
      'authors',
      article(
        '<figure><img src="/a.jpg" width="800"><figcaption>Photo: <a href="/people/jane-roe/">Jane Roe</a></figcaption></figure>',
      ),
      [],
    ],
    [
      'but a staff page linked beside the headline is the byline',
      'authors',
      `<html><body><article><h1>Harbour vote delayed</h1><div><a href="/people/jane-roe/">Jane Roe</a></div>${PROSE}</article></body></html>`,
      ['Jane Roe'],
    ],
    // F-kinds-1: theme and platform credits are not the site's owner.
    [
      'a "powered by WordPress" footer',
      'siteName',
      article('') + '<footer>© 2024 Proudly powered by WordPress</footer>',
      undefined,
    ],
    [
      'a theme credit in the footer',
      'siteName',
      article('') + '<footer>Copyright © 2024 Theme: Astra by Brainstorm Force</footer>',
      undefined,
    ],
    [
      "but the footer's own copyright holder is the site name",
      'siteName',
      article('') + '<footer>© 2016 Harbor News. All rights reserved.</footer>',
      'Harbor News',
      'https://www.harbornews.com/a/story.html',
    ],
    // F-kinds-4: a trailing 8-digit id is not a date.
    [
      'an 8-digit shop id',
      'datePublished',
      article(''),
      undefined,
      'https://shop.example.com/item/20191105',
    ],
    [
      'an 8-digit id before a slug',
      'datePublished',
      article(''),
      undefined,
      'https://forum.example.com/t/20210315-harbour',
    ],
    [
      'but a compact date folder is one',
      'datePublished',
      article(''),
      '2024-01-05',
      'https://news.example.com/national/20240105-OYT1T50001/',
    ],
    // F-kinds-5: banners and share icons are no lead image.
    [
      'a banner 1200 wide, 90 high',
      'image',
      article('<img src="/ads/banner.jpg?w=1200&h=90">'),
      undefined,
    ],
    [
      'a sliver sized in its file name',
      'image',
      article('<img src="/img/rule-1200x40.jpg">'),
      undefined,
    ],
    [
      'a share icon in a figure',
      'image',
      article('<figure><img src="/img/share.png" alt="share"></figure>'),
      undefined,
    ],
    [
      "but a captioned figure's photo is the lead image",
      'image',
      article(
        '<figure><img src="/img/quay.jpg"><figcaption>The quay at dawn.</figcaption></figure>',
      ),
      'https://news.example.com/img/quay.jpg',
    ],
    [
      'and a wide photo sized in its URL',
      'image',
      article('<img src="/img/quay.jpg?w=1200&h=800">'),
      'https://news.example.com/img/quay.jpg?w=1200&h=800',
    ],
  ])('%s', (...c) => {
    expect(read(...c)).toEqual(c[3]);
  });
});
