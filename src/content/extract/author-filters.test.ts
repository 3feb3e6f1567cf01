import { describe, expect, it } from 'vitest';
import type { PageAuthor } from '../../activity/page-metadata';
import { notTitles, personsFirst } from './author-filters';

const people = (...names: string[]): PageAuthor[] =>
  names.map((name) => ({ name, kind: 'Person' }));
const names = (authors: PageAuthor[] | undefined): string[] | undefined =>
  authors?.map((a) => a.name);

describe('personsFirst', () => {
  it.each([
    ['a person beside the publisher', ['Harbor News', 'Ann Lee'], ['Harbor News'], [], ['Ann Lee']],
    [
      '"The" does not hide the publisher',
      ['The Harbor News', 'Ann Lee'],
      ['Harbor News'],
      [],
      ['Ann Lee'],
    ],
    ['a host name is the outlet', ['harbornews.com', 'Ann Lee'], [], [], ['Ann Lee']],
    [
      'the byline replaces the publisher',
      ['Harbor News'],
      ['Harbor News'],
      [['Bo Chen']],
      ['Bo Chen'],
    ],
    ['no one else: the publisher stays', ['Harbor News'], ['Harbor News'], [[]], ['Harbor News']],
    [
      'an organisation that is not the publisher stays',
      ['Contributors to Wikimedia projects'],
      ['Wikipedia'],
      [],
      ['Contributors to Wikimedia projects'],
    ],
  ])('%s', (_, authors, corporate, alternatives, expected) => {
    const found = personsFirst(
      people(...authors),
      corporate,
      alternatives.map((list) => () => people(...list)),
    );
    expect(names(found)).toEqual(expected);
  });
});

describe('notTitles', () => {
  it.each([
    [
      'the headline as author',
      ['Why Ports Matter More Than Ever'],
      ['Why ports matter more than ever'],
      undefined,
    ],
    ['a page titled with a name keeps it', ['Ann Lee'], ['Ann Lee'], ['Ann Lee']],
    ['other authors stay', ['Why ports matter', 'Bo Chen'], ['Why ports matter'], ['Bo Chen']],
  ])('%s', (_, authors, titles, expected) => {
    expect(names(notTitles(people(...authors), titles))).toEqual(expected);
  });
});
