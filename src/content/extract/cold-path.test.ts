// The common path skips work a page does not need (#14: a cold first run compiles every function
// and pattern it touches). Each row checks the skip keeps the answer, and where the skip itself is
// the point (a candidate never asked), that it happens.
import { describe, expect, it, vi } from 'vitest';
import { normalizeLang, untruncatedTitle } from './merge';
import { chooseSiteName } from './site-name';
import { parseColor } from './theme-color';
import { hostNames, splitsOf, stripDecorations } from './title';
import { impliedSiteName, withoutPageType } from './title-sections';

describe('chooseSiteName asks a function candidate only when every earlier one fails', () => {
  it('never asks the implied names when a declared name answers', () => {
    const implied = vi.fn(() => 'Implied');
    const home = vi.fn(() => true);
    expect(chooseSiteName(['Harbor News', implied], ['A Story'], undefined, home)).toBe(
      'Harbor News',
    );
    expect(implied).not.toHaveBeenCalled();
    expect(home).not.toHaveBeenCalled();
  });

  it('asks them, in order, when the declared name repeats the headline', () => {
    const first = vi.fn(() => undefined);
    const second = vi.fn(() => 'Harbor News');
    expect(chooseSiteName(['A Story ', first, second], ['A Story'])).toBe('Harbor News');
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
  });

  it('on a home page where every name repeats the title, keeps the first one', () => {
    const names = ['Harbor News', () => 'harbor news', undefined];
    expect(
      chooseSiteName(
        names,
        ['Harbor News'],
        () => undefined,
        () => true,
      ),
    ).toBe('Harbor News');
    expect(
      chooseSiteName(
        names,
        ['Harbor News'],
        () => undefined,
        () => false,
      ),
    ).toBeUndefined();
  });

  it('cleans a function candidate as it cleans a plain one', () => {
    expect(chooseSiteName([undefined, () => '  Harbor\u200b  News '], [])).toBe('Harbor News');
  });
});

describe("a forum's page-type label is found in every language it is written in", () => {
  const labels = [
    'View topic',
    'VIEW THREAD',
    'Thema anzeigen',
    'Voir le sujet',
    'Ver tema',
    'Visualizza argomento',
    'Bekijk onderwerp',
    'Просмотр темы',
    'ПРОСМОТР ТЕМЫ',
    'Zobrazit téma',
    'Wyświetl temat',
  ];
  it.each(labels)('"Harbour Forum • %s - Story" reads as the topic and the site', (label) => {
    const title = `Harbour Forum • ${label} - The Quay Opens`;
    expect(withoutPageType(title)).toBe('The Quay Opens');
    expect(impliedSiteName(title, [])).toBe('Harbour Forum');
  });

  it('leaves a title without such a label as it is', () => {
    expect(withoutPageType('Thematic: The Quay Opens')).toBe('Thematic: The Quay Opens');
    expect(withoutPageType('Review - The Quay Opens')).toBe('Review - The Quay Opens');
  });
});

describe('theme colours whose text does not start with "#"', () => {
  it.each([
    [' #ABC ', '#aabbcc'],
    ['RGB(10, 20, 30)', '#0a141e'],
    ['  rgba(10 20 30 / 50%)', '#0a141e'],
    ['rgb', undefined],
    ['', undefined],
    ['hsl(0, 0%, 0%)', undefined],
  ])('parseColor(%j) = %j', (raw, expected) => {
    expect(parseColor(raw)).toBe(expected);
  });
});

describe('title decorations behind their cheap checks', () => {
  const URL = 'https://paper.example/story';
  it.each<[string, string, readonly string[], string]>([
    [
      '"the" before the site name, any case',
      'Story - Harbor Review',
      ['THE Harbor Review'],
      'Story',
    ],
    ['"the" in the title, not the name', 'Story | The Harbor Review', ['Harbor Review'], 'Story'],
    ['the name in brackets', 'Story [Harbor Review]', ['Harbor Review'], 'Story'],
    [
      'the name in full-width brackets',
      '記事のタイトル（サンプル新聞）',
      ['サンプル新聞'],
      '記事のタイトル',
    ],
    [
      'the name in CJK brackets',
      '記事のタイトル【サンプル新聞】',
      ['サンプル新聞'],
      '記事のタイトル',
    ],
    ['a hyphen beside CJK text', '港の採決延期-サンプル新聞', ['サンプル新聞'], '港の採決延期'],
    [
      'a closing bracket that is not the name',
      'Story (Part 2)',
      ['Harbor Review'],
      'Story (Part 2)',
    ],
  ])('%s', (_, title, names, expected) => {
    expect(stripDecorations(title, names, URL)).toBe(expected);
  });

  it('reads www, www2 and other hosts alike', () => {
    expect(hostNames('https://www2.harbor.example/a')).toEqual(['harbor.example', 'harbor']);
    expect(hostNames('https://www.harbor.example/a')).toEqual(['harbor.example', 'harbor']);
    expect(hostNames('https://wwwharbor.example/a')).toEqual(['wwwharbor.example', 'wwwharbor']);
  });

  it('does not split a Latin hyphenated word', () => {
    expect(splitsOf('Left-handed')).toEqual([]);
  });
});

describe('truncated titles and language tags without patterns', () => {
  it.each<[string, string]>([
    ['The harbour board met on…', 'The harbour board met on Tuesday'],
    ['The harbour board met on...', 'The harbour board met on Tuesday'],
    ['The harbour board met on', 'The harbour board met on'],
    ['The harbour board met on…x', 'The harbour board met on…x'],
  ])('untruncatedTitle(%j) = %j', (title, expected) => {
    expect(untruncatedTitle(title, [undefined, 'The harbour board met on Tuesday'])).toBe(expected);
  });

  it.each([
    ['en_US', 'en-US'],
    ['zh_Hant_TW', 'zh-Hant-TW'],
    [' de ', 'de'],
    ['english', undefined],
  ])('normalizeLang(%j) = %j', (raw, expected) => {
    expect(normalizeLang(raw)).toBe(expected);
  });
});
