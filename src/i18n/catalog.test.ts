import { describe, expect, it } from 'vitest';
import { catalogGetMessage, createTranslator, type Catalog } from './catalog';

const catalog: Catalog = {
  plain: { message: 'Hello' },
  Mixed_Case: { message: 'Case' },
  one: { message: 'Read for $DURATION$', placeholders: { duration: { content: '$1' } } },
  two: {
    message: '$B$ then $a$',
    placeholders: { a: { content: '$1' }, b: { content: '$2' } },
  },
  dollars: { message: 'Costs $$5 and $1' },
  unknownPlaceholder: { message: 'Keep $NOPE$' },
};

describe('catalogGetMessage (the browser’s i18n.getMessage rules)', () => {
  const get = catalogGetMessage(catalog);
  it.each<[string, string | string[] | undefined, string]>([
    ['plain', undefined, 'Hello'],
    ['mixed_case', undefined, 'Case'],
    ['one', '13 min', 'Read for 13 min'],
    ['one', ['13 min'], 'Read for 13 min'],
    ['two', ['first', 'second'], 'second then first'],
    ['two', ['only'], ' then only'],
    ['one', '$1 stays $2', 'Read for $1 stays $2'],
    ['dollars', 'x', 'Costs $5 and x'],
    ['unknownPlaceholder', undefined, 'Keep $NOPE$'],
    ['missing', undefined, ''],
  ])('%s with %j → %j', (key, subs, text) => {
    expect(get(key, subs)).toBe(text);
  });

  it('passes a single substitution through the translator as a list', () => {
    const seen: unknown[] = [];
    const translate = createTranslator((key, subs) => {
      seen.push(subs);
      return get(key, subs);
    });
    expect(translate('popup_read_for', '5 min')).toBe('');
    expect(seen).toEqual([['5 min']]);
  });
});
