import { describe, expect, it } from 'vitest';
import { matchRanges } from './highlight';

/** The marked parts of `text` for `query`, as the rows show them. */
const marked = (text: string, query: string): string[] =>
  matchRanges(text, query).map(([start, end]) => text.normalize('NFC').slice(start, end));

describe('matchRanges', () => {
  it.each([
    ['a whole word, any case', 'Why CSS grid matters', 'css', ['CSS']],
    ['the typed start of a word', 'Climate and oceans', 'clim', ['Clim']],
    ['each typed word, everywhere', 'Tides and tide tables', 'tide tab', ['Tide', 'tide', 'tab']],
    ['a word without its umlaut', 'Wetter in München', 'munchen', ['München']],
    ['a word spelled out', 'Wetter in München', 'Muenchen', ['München']],
    ['the start of a word spelled out', 'Streit um die Wärmepumpe', 'waerme', ['Wärme']],
    ['ß spelled out', 'Die Straße der Pendler', 'strasse', ['Straße']],
    ['a spelled-out word by its umlaut', 'Wohnen in Muenchen', 'München', ['Muenchen']],
    ['a typo, as the whole word', 'Climate and oceans', 'climte', ['Climate']],
    ['an emoji, as typed', 'The 10 best 🍕 places', '🍕', ['🍕']],
    ['one letter as a word, not inside one', 'The C book on Climate', 'c', ['C']],
    ['nothing the text holds', 'Climate and oceans', 'zebra', []],
  ])('marks %s', (_, text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('counts in the composed text, so a decomposed title marks whole letters', () => {
    expect(marked('Mu\u0308nchen', 'muen')).toEqual(['Mün']);
  });
});
