import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from './activity-id';
import type { PageMetadata } from './page-metadata';
import { buildPublishedContent, buildUserActivity, privacySwitchesFrom } from './user-activity';

const meta: PageMetadata = {
  url: 'https://news.example/story',
  appActivityId: appActivityIdFor('https://news.example/story'),
  title: 'Story',
  type: 'NewsArticle',
  authors: [{ name: 'Ann Author', kind: 'Person' }],
  keywords: [],
  description: 'What happened.',
  image: 'https://news.example/lead.jpg',
};

describe('buildPublishedContent: one builder for the preview and the sent body', () => {
  it.each([
    [{ sendDescription: true, sendImage: true, sendAuthors: true }, []],
    [
      { sendDescription: false, sendImage: false, sendAuthors: false },
      ['What happened.', 'lead.jpg', 'Ann Author'],
    ],
    [{ sendDescription: false, sendImage: true, sendAuthors: true }, ['What happened.']],
    [{ sendDescription: true, sendImage: false, sendAuthors: true }, ['lead.jpg']],
    [{ sendDescription: true, sendImage: true, sendAuthors: false }, ['Ann Author']],
  ])('settings %o leave out %o everywhere', (settings, absent) => {
    const include = privacySwitchesFrom(settings);
    const preview = buildPublishedContent(meta, { include });
    const body = buildUserActivity(meta, { appDisplayName: 'Reading Timeline', include });
    // The preview's card is the sent card, field for field.
    expect(preview.card).toEqual(body.visualElements.content);
    expect(preview.contentInfo).toEqual(body.contentInfo);
    const sent = JSON.stringify(body);
    for (const value of absent) expect(sent).not.toContain(value);
    for (const value of ['Story', 'https://news.example/story']) expect(sent).toContain(value);
  });

  it('re-applies the URL rules to a record stored before they existed', () => {
    const stale = 'https://news.example/story?id=7&token=SECRET123&email=a%40b.example';
    const body = buildUserActivity(
      { ...meta, url: stale, appActivityId: stale, image: `${stale}&X-Amz-Signature=abc` },
      { appDisplayName: 'Reading Timeline' },
    );
    const sent = JSON.stringify(body);
    expect(sent).not.toMatch(/SECRET123|a%40b|a@b|X-Amz/);
    expect(body.appActivityId).toBe(appActivityIdFor('https://news.example/story?id=7'));
    expect([body.activationUrl, body.contentUrl, body.fallbackUrl, body.contentInfo.url]).toEqual(
      Array(4).fill('https://news.example/story?id=7'),
    );
    expect(body.visualElements.content.selectAction?.url).toBe('https://news.example/story?id=7');
  });

  it('puts the reading position in activationUrl only: contentUrl and the id stay canonical', () => {
    const body = buildUserActivity(meta, {
      appDisplayName: 'Reading Timeline',
      resumeAt: { prefix: 'said the', textStart: 'river rose, again' },
    });
    expect(body.activationUrl).toBe(
      'https://news.example/story#:~:text=said%20the-,river%20rose%2C%20again',
    );
    const plain = buildUserActivity(meta, { appDisplayName: 'Reading Timeline' });
    expect(body.appActivityId).toBe(plain.appActivityId);
    expect([body.contentUrl, body.fallbackUrl]).toEqual(
      Array(2).fill('https://news.example/story'),
    );
  });

  it('refuses metadata without an http(s) URL', () => {
    expect(() => buildPublishedContent({ ...meta, url: 'javascript:alert(1)' })).toThrow(/http/);
  });
});
