import { describe, expect, it } from 'vitest';
import { caseOf, endsWithWordAndStop, readsAsName, wordSet } from './text';

describe('readsAsName', () => {
  it.each([
    ['Ann Lee', true],
    ['J.R.R. Tolkien', true],
    ['Élodie Dubois-Ngo', true],
    ["Seán O'Brien", true],
    ['Анна Ли', true],
    ['Ann', true],
    ['Ann Marie de Lee', false], // a lower-case word
    ['Anna Maria Lee Smith Jones', false], // more than four words
    ['Why Ann Left', true],
    ['How the harbour was built', false],
    ['Ann Lee 2016', false], // a digit
    ['Ann Lee!', false],
    ['김철수', false], // an uncased script
    ['', false],
    [' Ann Lee', false],
  ])('%j → %s', (value, expected) => {
    expect(readsAsName(value)).toBe(expected);
  });
});

describe('wordSet', () => {
  it.each([
    ['Story: The Harbor, Rebuilt!', ['story', 'the', 'harbor', 'rebuilt']],
    ['Élan — ça va? 2016', ['élan', 'ça', 'va', '2016']],
    ['新闻标题，中国新闻网', ['新闻标题', '中国新闻网']],
    ['«Quoted» “words” ¿sí?', ['quoted', 'words', 'sí']],
    ['Tom & Jerry (1940)', ['tom', 'jerry', '1940']],
  ])('%j', (text, expected) => {
    expect([...wordSet(text)]).toEqual(expected);
  });
});

describe('caseOf', () => {
  it.each([
    ['KYODO NEWS', 9, false],
    ['Ann Lee', 2, true],
    ['ann lee', 0, true],
    ['ÉLODIE DUBOIS-NGO', 15, false],
    ['Straße', 1, true],
    ['ΑΘΗΝΑ', 5, false],
    ['Иван Петров', 2, true],
    ['张三 李四', 0, false],
    ['123 – 456', 0, false],
  ])('%s has %i capitals, lower case %s', (text, upper, lower) => {
    expect(caseOf(text)).toEqual({ upper, lower });
  });
});

describe('endsWithWordAndStop', () => {
  it.each([
    ['Story by Ann Leeson.', true],
    ['Иван Петров.', true],
    ['محمد علي.', true],
    ['Ann Lee Jr.', false],
    ['J.', false],
    ['J.R.R.', false],
    ['Ann Lee', false],
    ['Ann 123.', false],
  ])('%s → %s', (text, expected) => {
    expect(endsWithWordAndStop(text)).toBe(expected);
  });
});
