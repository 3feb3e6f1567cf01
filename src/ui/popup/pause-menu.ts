import { t } from '../../i18n/i18n';
import { pauseEnd, type PauseChoice } from '../../settings/pause';
import { el } from '../control/el';
import { menuKeyTarget } from '../menu-keys';

const CHOICES: [PauseChoice, () => string][] = [
  ['hour', () => t('popup_pause_hour')],
  ['tomorrow', () => t('popup_pause_tomorrow')],
  ['until-resumed', () => t('popup_pause_until_resumed')],
];

/**
 * The choices under "Pause": for an hour, until tomorrow, until resumed. Calls `choose` with the
 * end of the pause (ms since the epoch, or null) and closes; Escape closes (focus back on Pause),
 * Tab closes and moves on from Pause, a click elsewhere closes.
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
    doc.removeEventListener('pointerdown', onPointer);
  };
  // Pause itself toggles the menu (popup-controls.ts).
  const onPointer = (event: PointerEvent): void => {
    const target = event.target as Node | null;
    if (!menu.isConnected || (!menu.contains(target) && !anchor.contains(target))) close();
  };
  const onKey = (event: KeyboardEvent): void => {
    // Closed by a second click on Pause (popup-controls.ts removes it): stop listening.
    if (!menu.isConnected) {
      close();
      return;
    }
    if (event.key === 'Escape') {
      close();
      anchor.focus();
      return;
    }
    // Tab leaves the menu as if from Pause (the browser moves on from there): no stop on each
    // choice, and no menu left open behind the focus (APG Menu pattern, "Tab").
    if (event.key === 'Tab') {
      if (menu.contains(doc.activeElement)) anchor.focus();
      close();
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
      // Reached by the arrow keys: out of the tab order, as a menu's items are.
      { type: 'button', role: 'menuitem', tabindex: '-1', 'data-choice': choice },
      label(),
    );
    item.addEventListener('click', () => {
      close();
      choose(pauseEnd(choice, Date.now()));
    });
    menu.append(item);
  }
  doc.addEventListener('keydown', onKey);
  doc.addEventListener('pointerdown', onPointer);
  anchor.setAttribute('aria-expanded', 'true');
  anchor.insertAdjacentElement('afterend', menu);
  menu.querySelector('button')?.focus();
  return menu;
}
