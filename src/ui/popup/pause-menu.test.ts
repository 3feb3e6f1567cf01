// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import { openPauseMenu } from './pause-menu';

// The Pause menu as a keyboard user drives it: focus on its first choice, arrows between choices.

describe('pause menu', () => {
  let anchor: HTMLButtonElement;
  beforeEach(() => {
    useCatalog('en');
    anchor = document.createElement('button');
    document.body.replaceChildren(anchor);
  });

  const press = (key: string): boolean =>
    (document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
  const focused = (): string | undefined =>
    (document.activeElement as HTMLElement | null)?.dataset.choice;

  it('moves between its choices with the arrow keys, round, and to the ends with Home and End', () => {
    openPauseMenu(anchor, vi.fn());
    expect(focused()).toBe('hour');
    expect(press('ArrowDown')).toBe(false);
    expect(focused()).toBe('tomorrow');
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe('hour');
    press('ArrowUp');
    expect(focused()).toBe('until-resumed');
    press('Home');
    expect(focused()).toBe('hour');
    press('End');
    expect(focused()).toBe('until-resumed');
    // Any other key is left alone.
    expect(press('a')).toBe(true);
  });

  it('closes on Escape with focus back on Pause, and then leaves the arrows alone', () => {
    openPauseMenu(anchor, vi.fn());
    press('Escape');
    expect(document.querySelector('#pause-menu')).toBeNull();
    expect(document.activeElement).toBe(anchor);
    expect(anchor.getAttribute('aria-expanded')).toBe('false');
    expect(press('ArrowDown')).toBe(true);
  });

  it('leaves its choices out of the tab order; Tab closes it and moves on from Pause', () => {
    openPauseMenu(anchor, vi.fn());
    const choices = [...document.querySelectorAll<HTMLElement>('[role=menuitem]')];
    expect(choices.map((choice) => choice.tabIndex)).toEqual([-1, -1, -1]);
    // Not prevented: the browser's Tab then goes on from Pause, to the next stop after it.
    expect(press('Tab')).toBe(true);
    expect(document.querySelector('#pause-menu')).toBeNull();
    expect(document.activeElement).toBe(anchor);
    expect(anchor.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a click elsewhere, not on Pause (Pause toggles it)', () => {
    const elsewhere = document.createElement('p');
    document.body.append(elsewhere);
    openPauseMenu(anchor, vi.fn());
    anchor.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.querySelector('#pause-menu')).not.toBeNull();
    elsewhere.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.querySelector('#pause-menu')).toBeNull();
  });

  it('chooses with Enter on a choice (a button) and closes', () => {
    const choose = vi.fn();
    openPauseMenu(anchor, choose);
    press('End');
    (document.activeElement as HTMLButtonElement).click();
    expect(choose).toHaveBeenCalledWith(null);
    expect(document.querySelector('#pause-menu')).toBeNull();
  });
});
