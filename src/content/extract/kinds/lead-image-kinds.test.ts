// @vitest-environment jsdom
// Issue #14 kind 9 (the lead image only in the content): real leads the banner and teaser rules
// must not refuse (review 8 F-kinds-2, F-kinds-4), beside the banners, wordmarks and teasers they
// are for. Also an advert with only its width declared, as Chinese portals (gmw.cn) place
// `<img src="http://ad.gmw.cn/content_banner/content_650x120_qrcodes.jpg" width="650">` in the
// content: the file's name states the height beside that width, and the host is an ad server's.
import { describe, it } from 'vitest';
import { type Case, check, H, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const WP_POST = 'https://news.example.com/2016/05/24/harbour-vote/';
const UPLOADS = 'https://news.example.com/wp-content/uploads/2016/05';
const story = (body: string): string =>
  page(`<title>${H}</title>`, `<article><h1>${H}</h1>${body}${P}${P}</article>`);

describe('kind 9: a wide hero is a picture, a banner is not', () => {
  it.each<Case>([
    [
      'a 3:1 featured image (1200×400) in the first figure',
      'image',
      story('<figure><img src="/img/quay-1200x400.jpg" width="1200" height="400"></figure>'),
      'https://news.example.com/img/quay-1200x400.jpg',
    ],
    [
      'a 3:1 hero sized only in its URL (1500×500)',
      'image',
      story('<figure><img src="/img/quay-1500x500.jpg"></figure>'),
      'https://news.example.com/img/quay-1500x500.jpg',
    ],
    [
      'a leaderboard (728×90) is no lead',
      'image',
      story('<figure><img src="/img/offer.jpg" width="728" height="90"></figure>'),
      undefined,
    ],
    [
      'a billboard (970×250, 3.9:1) is no lead',
      'image',
      story('<p><img src="/img/offer-970x250.jpg"></p>'),
      undefined,
    ],
    [
      'a 3:1 wordmark set in a sentence is no lead',
      'image',
      story('<p>In partnership with <img src="/partners/acme.jpg" width="600" height="200"></p>'),
      undefined,
    ],
    [
      'width="650" and "_650x120_" in the file name (5.4:1): a banner',
      'image',
      story('<div><img src="/content_banner/content_650x120_qrcodes.jpg" width="650"></div>'),
      undefined,
    ],
    [
      'width="800" and "-800x90.jpg": a sliver',
      'image',
      story('<div><img src="/img/offer-800x90.jpg" width="800"></div>'),
      undefined,
    ],
    [
      'width="650" and "_650x430_" (a picture): kept',
      'image',
      story('<div><img src="/img/quay_650x430_a.jpg" width="650"></div>'),
      'https://news.example.com/img/quay_650x430_a.jpg',
    ],
    [
      'a URL size for another width says nothing of this one ("-150x40.jpg" at width 800): kept',
      'image',
      story('<div><img src="/img/quay-150x40.jpg" width="800"></div>'),
      'https://news.example.com/img/quay-150x40.jpg',
    ],
    [
      'a declared height wins over the URL ("_650x120_" drawn 650×430): kept',
      'image',
      story('<div><img src="/img/quay_650x120_.jpg" width="650" height="430"></div>'),
      'https://news.example.com/img/quay_650x120_.jpg',
    ],
    [
      'an image from an ad server host ("//ad.example.cn/"), sized as a picture: no lead',
      'image',
      story(
        '<figure><img src="http://ad.example.cn/spring/qr.jpg" width="650" height="430"></figure>',
      ),
      undefined,
    ],
    [
      'from "//ads2.example.com/": no lead',
      'image',
      story(
        '<figure><img src="https://ads2.example.com/x/quay.jpg" width="1200" height="800"></figure>',
      ),
      undefined,
    ],
    [
      'a host that only starts with "ad" ("//adventure.example.com/") is no ad server',
      'image',
      story(
        '<figure><img src="https://adventure.example.com/x/quay.jpg" width="1200" height="800"></figure>',
      ),
      'https://adventure.example.com/x/quay.jpg',
    ],
  ])('%s', check);
});

describe('kind 9: a lead linked to its attachment page is not a teaser', () => {
  it.each<Case>([
    [
      'WordPress "Link to: Attachment Page" with pretty permalinks (a page under the post)',
      'image',
      story(
        `<figure class="wp-block-image"><a href="${WP_POST}quay/"><img src="${UPLOADS}/quay-1024x683.jpg"></a></figure>`,
      ),
      `${UPLOADS}/quay-1024x683.jpg`,
      WP_POST,
    ],
    [
      'a post without a trailing slash, its attachment under it',
      'image',
      story(
        `<figure><a href="/2016/05/24/harbour-vote/quay"><img src="${UPLOADS}/quay-1024x683.jpg"></a></figure>`,
      ),
      `${UPLOADS}/quay-1024x683.jpg`,
      'https://news.example.com/2016/05/24/harbour-vote',
    ],
    [
      'an image WordPress inserted (wp-image-N) linked to its attachment page elsewhere',
      'image',
      story(
        `<figure><a href="/quay-2/"><img class="size-large wp-image-12" src="${UPLOADS}/quay-1024x683.jpg"></a></figure>`,
      ),
      `${UPLOADS}/quay-1024x683.jpg`,
      WP_POST,
    ],
    [
      'while an image linking to a sibling story is still a teaser',
      'image',
      story(
        `<figure><a href="/2016/05/23/ferry-fares/"><img src="${UPLOADS}/ferry-1024x683.jpg"></a></figure>`,
      ),
      undefined,
      WP_POST,
    ],
    [
      'and on the site’s front page no image becomes the lead by linking under "/"',
      'image',
      story(
        `<figure><a href="/2016/05/23/ferry-fares/"><img src="${UPLOADS}/ferry-1024x683.jpg"></a></figure>`,
      ),
      undefined,
      'https://news.example.com/',
    ],
  ])('%s', check);
});
