// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import { foldContinueReading } from './continue-fold';

describe('foldContinueReading', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  const setUp = (count: number) => {
    const list = document.createElement('ul');
    for (let i = 0; i < count; i++) list.append(document.createElement('li'));
    const toggle = document.createElement('button');
    return {
      list,
      toggle,
      shown: () => [...list.children].filter((li) => !(li as HTMLElement).hidden).length,
    };
  };

  it('shows one page and "2 more", all three expanded and "Show fewer"', () => {
    const { list, toggle, shown } = setUp(3);
    foldContinueReading(list, toggle, false, 'en');
    expect([shown(), toggle.hidden, toggle.textContent]).toEqual([1, false, '2 more']);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    foldContinueReading(list, toggle, true, 'en');
    expect([shown(), toggle.textContent]).toEqual([3, 'Show fewer']);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('hides the toggle when there is nothing to fold (one page, or the others deleted)', () => {
    const { list, toggle, shown } = setUp(1);
    foldContinueReading(list, toggle, true, 'en');
    expect([shown(), toggle.hidden, toggle.getAttribute('aria-expanded')]).toEqual([
      1,
      true,
      'false',
    ]);
  });

  it('says it in German', () => {
    useCatalog('de');
    const { list, toggle } = setUp(3);
    foldContinueReading(list, toggle, false, 'de');
    expect(toggle.textContent).toBe('2 weitere');
  });
});
