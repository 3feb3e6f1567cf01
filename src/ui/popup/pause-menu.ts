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
    }
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
