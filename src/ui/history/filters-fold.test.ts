// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import { filtersButtonText, mountFiltersFold, setFilterCount } from './filters-fold';

// The history page's Filters button, which the filter bar folds behind in a short window.
/** The filter form's fields (as index.html has them) and the button. */
function filterForm(): { form: HTMLFormElement; button: HTMLButtonElement } {
  const form = document.createElement('form');
  form.id = 'filters';
  for (const name of ['site', 'from', 'to', 'jump', 'unfinished']) {
    const input = document.createElement('input');
    input.name = name;
    input.type = name === 'unfinished' ? 'checkbox' : 'text';
    form.append(input);
  }
  const button = document.createElement('button');
  button.type = 'button';
  document.body.replaceChildren(form, button);
  return { form, button };
}

describe('the history page’s Filters button', () => {
  let form: HTMLFormElement;
  let button: HTMLButtonElement;
  beforeEach(() => {
    useCatalog('en');
    ({ form, button } = filterForm());
  });

  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

  it('counts the filters set: text in a field, a ticked box; spaces are no filter', () => {
    expect(setFilterCount(form)).toBe(0);
    field('site').value = 'tea.test';
    field('jump').value = '   ';
    field('unfinished').checked = true;
    expect(setFilterCount(form)).toBe(2);
  });

  it.each<['en' | 'de', number, string]>([
    ['en', 0, 'Filters'],
    ['en', 2, 'Filters (2)'],
    ['de', 0, 'Filter'],
    ['de', 1, 'Filter (1)'],
  ])('reads in %s with %d set: “%s”', (language, count, text) => {
    useCatalog(language);
    expect(filtersButtonText(count, language)).toBe(text);
  });

  it('opens and closes the bar as a disclosure, and says what is set as it changes', () => {
    mountFiltersFold(button, form, 'en');
    expect(button.getAttribute('aria-controls')).toBe('filters');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('Filters');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(form.classList.contains('open')).toBe(true);
    field('from').value = '11/02/2026';
    form.dispatchEvent(new Event('change'));
    expect(button.textContent).toBe('Filters (1)');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(form.classList.contains('open')).toBe(false);
  });
});
