// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupMenu } from './row-menu';

// The rows' menu as a keyboard user drives it (WAI-ARIA APG menu button): focus on open, arrows
// wrapping, Escape back to the button, an item run after the menu has closed.

describe('PopupMenu', () => {
  let opener: HTMLButtonElement;
  let scroller: HTMLElement;
  let menu: PopupMenu;
  const ran: string[] = [];
  const items = ['One', 'Two', 'Three'].map((label) => ({
    label,
    run: () => {
      ran.push(label);
    },
  }));
  const menuElement = () => document.querySelector<HTMLElement>('[role="menu"]');
  const focused = () => document.activeElement?.textContent;
  const key = (name: string) => {
    document.activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
    );
  };

  beforeEach(() => {
    document.body.replaceChildren();
    ran.length = 0;
    scroller = document.createElement('div');
    opener = document.createElement('button');
    scroller.append(opener);
    document.body.append(scroller);
    menu = new PopupMenu(document, scroller);
  });

  it('opens named, says so on its button, focus on the first item (or the last)', () => {
    menu.toggle(opener, 'More actions: T', items, 'first');
    expect(menuElement()?.hidden).toBe(false);
    expect(menuElement()?.getAttribute('aria-label')).toBe('More actions: T');
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    expect(opener.getAttribute('aria-controls')).toBe(menuElement()?.id);
    expect(focused()).toBe('One');
    menu.close(false);
    menu.toggle(opener, 'm', items, 'last');
    expect(focused()).toBe('Three');
  });

  it('moves with the arrows (wrapping), Home and End', () => {
    menu.toggle(opener, 'm', items, 'first');
    key('ArrowDown');
    expect(focused()).toBe('Two');
    key('End');
    expect(focused()).toBe('Three');
    key('ArrowDown');
    expect(focused()).toBe('One');
    key('ArrowUp');
    expect(focused()).toBe('Three');
    key('Home');
    expect(focused()).toBe('One');
  });

  it('closes on Escape, focus back on its button; a second click on it closes it too', () => {
    menu.toggle(opener, 'm', items, 'first');
    key('Escape');
    expect(menuElement()?.hidden).toBe(true);
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(opener);
    menu.toggle(opener, 'm', items, 'first');
    menu.toggle(opener, 'm', items, 'first');
    expect(menuElement()?.hidden).toBe(true);
  });

  it('runs an item once closed, focus on the button first (a dialog it opens returns there)', () => {
    const seen = vi.fn(() => document.activeElement);
    menu.toggle(opener, 'm', [{ label: 'Go', run: seen }], 'first');
    document.querySelector<HTMLElement>('[role="menuitem"]')?.click();
    expect(seen).toHaveReturnedWith(opener);
    expect(menuElement()?.hidden).toBe(true);
  });

  it('follows its button when the list scrolls with the button still in view', () => {
    const rect = (top: number, height: number) =>
      DOMRect.fromRect({ x: 0, y: top, width: 40, height });
    document.documentElement.getBoundingClientRect = () => rect(0, 600);
    Object.defineProperty(document.documentElement, 'clientHeight', {
      configurable: true,
      value: 600,
    });
    scroller.getBoundingClientRect = () => rect(100, 400);
    let buttonTop = 300;
    opener.getBoundingClientRect = () => rect(buttonTop, 30);
    menu.toggle(opener, 'm', items, 'first');
    buttonTop = 264;
    scroller.dispatchEvent(new Event('scroll'));
    expect(menuElement()?.hidden).toBe(false);
    expect(menuElement()?.style.top).toBe('294px');
    // Scrolled out of the list's view: closed.
    buttonTop = 60;
    scroller.dispatchEvent(new Event('scroll'));
    expect(menuElement()?.hidden).toBe(true);
  });

  it('closes when the list scrolls or a click lands elsewhere', () => {
    menu.toggle(opener, 'm', items, 'first');
    scroller.dispatchEvent(new Event('scroll'));
    expect(menuElement()?.hidden).toBe(true);
    menu.toggle(opener, 'm', items, 'first');
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(menuElement()?.hidden).toBe(true);
    expect(ran).toEqual([]);
  });
});
