// @vitest-environment jsdom
// Issue #14's fifth batch, continued (see template-kinds.test.ts): hosted blogs and newsletters
// (Blogger, Substack, Medium), CMS, forum and newsroom templates (Drupal Olivero, Discourse,
// XenForo, Arc XP), as rendered HTML with text of our own and no structured data.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const T = 'Harbour vote delayed';

describe('batch 5: hosted blogs and newsletters', () => {
  it.each<Case>([
    [
      'Blogger: "Posted by" vcard with a profile link, abbr.published timestamp',
      'datePublished',
      page(
        `<title>Harbour Notes: ${T}</title>`,
        `<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>Monday, March 15, 2021</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">${T}</h3><div class="post-body entry-content" itemprop="description articleBody">${P}</div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Ann Lee</span></a></span></span><span class="post-timestamp">at <a class="timestamp-link" href="https://harbour.blogspot.com/2021/03/harbour-vote.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2021-03-15T09:30:00-07:00">9:30 AM</abbr></a></span></div></div></div></div></div></div></div>`,
      ),
      '2021-03-15T09:30:00-07:00',
      'https://harbour.blogspot.com/2021/03/harbour-vote.html',
    ],
    [
      'Blogger: the lead image a separator link to its s1600 original, 400 wide',
      'image',
      page(
        `<title>Harbour Notes: ${T}</title>`,
        `<div class="post hentry"><h3 class="post-title entry-title">${T}</h3><div class="post-body entry-content"><div class="separator" style="clear: both;"><a href="https://blogger.googleusercontent.com/img/b/R29v/AVvX/s1600/quay.jpg" style="display: block; padding: 1em 0; text-align: center;"><img alt="" border="0" width="400" data-original-height="1067" data-original-width="1600" src="https://blogger.googleusercontent.com/img/b/R29v/AVvX/s400/quay.jpg"></a></div>${P}</div></div>`,
      ),
      'https://blogger.googleusercontent.com/img/b/R29v/AVvX/s400/quay.jpg',
      'https://harbour.blogspot.com/2021/03/harbour-vote.html',
    ],
    [
      'Substack: the date as plain text in the post header, no <time>',
      'datePublished',
      page(
        `<title>${T} - by Ann Lee - Harbour Letter</title>`,
        `<div class="single-post-container"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">${T}</h1><h3 class="subtitle">What the board decided, and why it waited</h3><div class="post-meta"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target"><a href="https://substack.com/@annlee" class="pencraft pc-reset">Ann Lee</a></div><div class="pencraft pc-display-flex"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Mar 15, 2021</div></div></div></div></div><div class="available-content"><div class="body markup" dir="auto">${P}</div></div></article></div>`,
      ),
      '2021-03-15',
      'https://harbourletter.substack.com/p/harbour-vote-delayed',
    ],
    [
      'Substack: a captioned image whose <picture> holds the sizes',
      'image',
      page(
        `<title>${T} - by Ann Lee - Harbour Letter</title>`,
        `<article class="newsletter-post post"><div class="post-header"><h1 class="post-title">${T}</h1></div><div class="available-content"><div class="body markup"><div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto,q_auto:good/https%3A%2F%2Fbucket.s3.amazonaws.com%2Fquay.jpeg"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_424,c_limit,f_webp/quay.jpeg 424w, https://substackcdn.com/image/fetch/w_1456,c_limit,f_webp/quay.jpeg 1456w" sizes="100vw"><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto/quay.jpeg" width="1456" height="971" class="sizing-normal" alt="" sizes="100vw" fetchpriority="high"></picture></div></a><figcaption class="image-caption">The northern quay at dawn.</figcaption></figure></div>${P}</div></div></article>`,
      ),
      'https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto/quay.jpeg',
      'https://harbourletter.substack.com/p/harbour-vote-delayed',
    ],
    [
      'Medium: the lead image a <picture> whose <img> has no src, only its sources',
      'image',
      page(
        `<title>${T} | by Ann Lee | Medium</title>`,
        `<article><div class="l"><section><div><h1 id="a1b2" class="pw-post-title">${T}</h1><div class="speechify-ignore"><div class="pw-author"><a href="/@annlee" rel="noopener follow">Ann Lee</a></div><span data-testid="storyPublishDate">Mar 15, 2021</span></div><figure class="mf mg mh"><div class="mn mo ed mp bh mq"><picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*Quay.jpeg 640w, https://miro.medium.com/v2/resize:fit:1400/format:webp/1*Quay.jpeg 1400w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 700px" type="image/webp"><img alt="" class="bh mr ms c" width="700" height="467" loading="eager" role="presentation"></picture></div></figure>${P}</div></section></div></article>`,
      ),
      'https://miro.medium.com/v2/resize:fit:1400/format:webp/1*Quay.jpeg',
      'https://medium.com/@annlee/harbour-vote-delayed-1a2b3c4d5e6f',
    ],
  ])('%s (%s)', check);
});

describe('batch 5: CMS, forum and newsroom templates', () => {
  it.each<Case>([
    [
      'Drupal Olivero: "By" and the uid field in node__meta, Drupal default date',
      'authors',
      page(
        `<title>${T} | Harbour Council</title>`,
        `<main role="main"><div class="region region--content"><article data-history-node-id="12" class="node node--type-article node--promoted node--view-mode-full"><header class="node__header"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${T}</span></h1><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/7" class="username">Ann Lee</a></span></span><span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2021-03-15T09:30:00+00:00" title="Monday, March 15, 2021 - 09:30" class="datetime">Mon, 03/15/2021 - 09:30</time></span></span></div></header><div class="node__content"><div class="text-content clearfix field field--name-body">${P}</div></div></article></div></main>`,
      ),
      ['Ann Lee'],
      'https://council.example.org/news/harbour-vote-delayed',
    ],
    [
      'Drupal Olivero: field-image as the lead image, image style URL with itok',
      'image',
      page(
        `<title>${T} | Harbour Council</title>`,
        `<main role="main"><article class="node node--type-article node--view-mode-full"><header class="node__header"><h1 class="title page-title">${T}</h1></header><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/2021-03/quay.jpg?itok=Ab12Cd34" width="1440" height="960" alt="The quay" class="image-style-wide"></div><div class="text-content field field--name-body">${P}</div></div></article></main>`,
      ),
      'https://council.example.org/sites/default/files/styles/wide/public/2021-03/quay.jpg?itok=Ab12Cd34',
      'https://council.example.org/news/harbour-vote-delayed',
    ],
    [
      'Discourse crawler view: creator microdata, post-time',
      'authors',
      page(
        `<title>${T} - Town - Harbour Forum</title>`,
        `<header class="d-header"><a href="/"><img src="/uploads/logo.png" alt="Harbour Forum" id="site-logo"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/harbour-vote-delayed/412">${T}</a></h1></div><div itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post" id="post_1"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="https://forum.example.org/u/annlee"><span itemprop="name">annlee</span></a></span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2021-03-15T09:30:00Z" class="post-time">March 15, 2021,  9:30am</time></span></div><div class="post" itemprop="text">${P}</div></div></div>`,
      ),
      ['annlee'],
      'https://forum.example.org/t/harbour-vote-delayed/412',
    ],
    [
      'XenForo 2: thread starter and start date in p-description, +0000 zone',
      'datePublished',
      page(
        `<title>${T} | Harbour Forum</title>`,
        `<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${T}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span><a href="/members/annlee.12/" class="username u-concealed" dir="auto" data-user-id="12">annlee</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="/threads/harbour-vote-delayed.412/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2021-03-15T09:30:00+0000" data-time="1615800600" data-date-string="Mar 15, 2021" data-time-string="9:30 AM" title="Mar 15, 2021 at 9:30 AM">Mar 15, 2021</time></a></li></ul></div></div><div class="p-body-main"><div class="block-body js-replyNewMessageContainer"><article class="message message--post"><div class="message-inner"><div class="message-cell message-cell--main"><div class="bbWrapper">${P}</div></div></div></article></div></div>`,
      ),
      '2021-03-15T09:30:00Z',
      'https://forum.example.org/threads/harbour-vote-delayed.412/',
    ],
    [
      'Arc XP: "By" then a /people/ link in a byline div, display date with a.m. and EDT',
      'authors',
      page(
        `<title>${T} - The Harbour Times</title>`,
        `<main><article><header><h1 data-qa="headline">${T}</h1><div class="byline"><span>By </span><a class="author-name" href="/people/ann-lee/">Ann Lee</a><span> and </span><a class="author-name" href="/people/bo-chen/">Bo Chen</a></div><span class="display-date" data-qa="display-date">March 15, 2021 at 9:30 a.m. EDT</span></header><div class="article-body">${P}</div></article></main>`,
      ),
      ['Ann Lee', 'Bo Chen'],
      'https://www.harbourtimes.com/local/2021/03/15/harbour-vote-delayed/',
    ],
    [
      'Arc XP: display date with a.m. and EDT, no <time>, no date in the URL',
      'datePublished',
      page(
        `<title>${T} - The Harbour Times</title>`,
        `<main><article><header><h1 data-qa="headline">${T}</h1><div class="byline"><span>By </span><a class="author-name" href="/people/ann-lee/">Ann Lee</a></div><span class="display-date" data-qa="display-date">March 15, 2021 at 9:30 a.m. EDT</span></header><div class="article-body">${P}</div></article></main>`,
      ),
      '2021-03-15T09:30:00-04:00',
      'https://www.harbourtimes.com/local/harbour-vote-delayed/',
    ],
  ])('%s (%s)', check);
});
