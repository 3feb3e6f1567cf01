// A menu opened by a menu button (WAI-ARIA APG "Menu Button" and "Menu" patterns,
// https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): the history rows' actions
// (row-actions.ts). One menu element for the page, placed under the button that opened it (above
// when there is no room below). Enter, Space and ↓ on the button open it on its first item, ↑ on
// its last; in it ↑/↓ move (wrapping), Home/End go to the ends, Enter or Space runs an item,
// Escape closes it and focus returns to the button, Tab closes it and moves on from the button. A
// click elsewhere, or the list scrolling, closes it.
import { menuKeyTarget } from '../menu-keys';

/** One item of a menu: its words and what it does (run once the menu has closed). */
export interface MenuItem {
  label: string;
  run: () => void;
  /** Deletes (it asks first): drawn in the danger colour when pointed at. */
  danger?: boolean;
}

/** Which item takes focus when the menu opens. */
export type MenuStart = 'first' | 'last';

/** The page's one popup menu. */
export class PopupMenu {
  private readonly element: HTMLElement;
  private opener: HTMLElement | null = null;

  /** `scroller`: the list's scroll box, whose scrolling closes the menu (its button may go). */
  constructor(
    private readonly doc: Document,
    scroller: HTMLElement,
  ) {
    this.element = doc.createElement('div');
    this.element.id = 'row-menu';
    this.element.className = 'row-menu';
    this.element.setAttribute('role', 'menu');
    this.element.hidden = true;
    doc.body.append(this.element);
    this.element.addEventListener('keydown', (event) => {
      this.onKey(event);
    });
    // Focus leaving for anything but the menu closes it (a click elsewhere, the window left).
    this.element.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (to && !this.element.contains(to) && to !== this.opener) this.close(false);
    });
    doc.addEventListener('pointerdown', (event) => {
      const on = event.target as Node;
      if (!this.element.contains(on) && !this.opener?.contains(on)) this.close(false);
    });
    // The list scrolled: the menu follows its button while the button is in the list's view, and
    // closes once it has left. Closing at any scroll closed a menu just opened whenever opening it
    // moved the list (the German keyboard hint going with the list's focus scrolled it by 36 px,
    // e2e history-row-menu-narrow).
    scroller.addEventListener('scroll', () => {
      const opener = this.opener;
      if (opener && opener.isConnected && within(opener, scroller)) this.place(opener);
      else this.close(this.element.contains(doc.activeElement));
    });
  }

  /** The button the open menu belongs to; null while closed. */
  get openedBy(): HTMLElement | null {
    return this.opener;
  }

  /**
   * Opens the menu under `opener` with `items`, named `label` for screen readers, focus on its
   * `start` item. Opened again by the same button: closed instead (a second click).
   */
  toggle(opener: HTMLElement, label: string, items: readonly MenuItem[], start: MenuStart): void {
    if (this.opener === opener) {
      this.close(true);
      return;
    }
    this.close(false);
    this.opener = opener;
    this.element.setAttribute('aria-label', label);
    this.element.replaceChildren(
      ...items.map((item) => {
        const button = this.doc.createElement('button');
        button.type = 'button';
        button.setAttribute('role', 'menuitem');
        button.tabIndex = -1;
        button.textContent = item.label;
        if (item.danger) button.classList.add('danger');
        button.addEventListener('click', () => {
          this.close(true);
          item.run();
        });
        return button;
      }),
    );
    opener.setAttribute('aria-expanded', 'true');
    opener.setAttribute('aria-controls', this.element.id);
    this.element.hidden = false;
    this.place(opener);
    this.items()[start === 'first' ? 0 : items.length - 1]?.focus();
  }

  /** Closes the menu; `refocus`: focus back on its button, if the button is still drawn. */
  close(refocus: boolean): void {
    const opener = this.opener;
    if (!opener) return;
    this.opener = null;
    opener.setAttribute('aria-expanded', 'false');
    opener.removeAttribute('aria-controls');
    this.element.hidden = true;
    if (refocus && opener.isConnected) opener.focus();
  }

  private items(): HTMLElement[] {
    return [...this.element.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  /** Under the button, its right edge at the button's (left in a right-to-left page), in view. */
  private place(opener: HTMLElement): void {
    const view = this.doc.documentElement;
    const button = opener.getBoundingClientRect();
    const menu = this.element.getBoundingClientRect();
    const below = button.bottom + menu.height <= view.clientHeight;
    const top = below ? button.bottom : Math.max(0, button.top - menu.height);
    const left = Math.min(
      Math.max(0, button.right - menu.width),
      Math.max(0, view.clientWidth - menu.width),
    );
    this.element.style.top = `${String(Math.round(top))}px`;
    this.element.style.left = `${String(Math.round(left))}px`;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
      return;
    }
    // Focus back on the button first: the browser's Tab then moves on from there.
    if (event.key === 'Tab') {
      this.close(true);
      return;
    }
    const items = this.items();
    const at = items.indexOf(event.target as HTMLElement);
    const to = at < 0 ? undefined : menuKeyTarget(event.key, at, items.length);
    if (to === undefined) return;
    event.preventDefault();
    items[to]?.focus();
  }
}

/**
 * Whether `element` is wholly inside `scroller`'s box and the window's (the page itself may be
 * what scrolls), as laid out now; an element with no box is not.
 */
function within(element: HTMLElement, scroller: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  const bottom = Math.min(view.bottom, element.ownerDocument.documentElement.clientHeight);
  return box.top >= Math.max(view.top, 0) && box.bottom <= bottom;
}
