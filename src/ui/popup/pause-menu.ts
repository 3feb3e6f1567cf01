import { t } from '../../i18n/i18n';
import { pauseEnd, type PauseChoice } from '../../settings/pause';
import { el } from '../control/el';

const CHOICES: [PauseChoice, () => string][] = [
  ['hour', () => t('popup_pause_hour')],
  ['tomorrow', () => t('popup_pause_tomorrow')],
  ['until-resumed', () => t('popup_pause_until_resumed')],
];

/**
 * The choices under "Pause": for an hour, until tomorrow, until resumed. Calls `choose` with the
 * end of the pause (ms since the epoch, or null) and closes; Escape or a click elsewhere closes.
 * ↑/↓ move between the choices (round), Home and End to the first and last, as a menu's keys do
 * (WAI-ARIA APG Menu pattern: https://www.w3.org/WAI/ARIA/apg/patterns/menubar/).
 */
export function openPauseMenu(
  anchor: HTMLElement,
  choose: (until: number | null) => void,
): HTMLElement {
  const doc = anchor.ownerDocument;
  doc.querySelector('#pause-menu')?.remove();
  const menu = el(doc, 'div', { id: 'pause-menu', role: 'menu', 'aria-label': t('popup_pause') });
  const close = (): void => {
    menu.remove();
    anchor.setAttribute('aria-expanded', 'false');
    doc.removeEventListener('keydown', onKey);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      close();
      anchor.focus();
      return;
    }
    const items = [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
    const at = items.indexOf(doc.activeElement as HTMLElement);
    const to = at < 0 ? undefined : menuKeyTarget(event.key, at, items.length);
    if (to === undefined) return;
    event.preventDefault();
    items[to]?.focus();
  };
  for (const [choice, label] of CHOICES) {
    const item = el(
      doc,
      'button',
      { type: 'button', role: 'menuitem', 'data-choice': choice },
      label(),
    );
    item.addEventListener('click', () => {
      close();
      choose(pauseEnd(choice, Date.now()));
    });
    menu.append(item);
  }
  doc.addEventListener('keydown', onKey);
  anchor.setAttribute('aria-expanded', 'true');
  anchor.insertAdjacentElement('afterend', menu);
  menu.querySelector('button')?.focus();
  return menu;
}

/** The item a menu key moves focus to from item `at` of `count`, or undefined for other keys. */
function menuKeyTarget(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (at + 1) % count;
    case 'ArrowUp':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
