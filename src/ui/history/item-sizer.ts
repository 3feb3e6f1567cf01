// The history list's item heights follow the text size. The browser's default font size (Chrome:
// Settings → Appearance → Font size, "Very large" = 24 px) grows every rem of text but no CSS px,
// so rows of a fixed 52 px cut their second line and overlapped the next row. Each kind of item is
// drawn once, unseen, and measured; again when the root font size changes, never while scrolling.
import type { ListItem } from './days';
import { BASE_HEIGHTS, fitHeights, type ItemHeights } from './list-geometry';

/**
 * The list's item heights (list-geometry.ts `fitHeights`) from the content height of a day
 * heading and a row as the list draws them, measured in a probe that takes the list's width and
 * is never seen or heard (history.css `.list-probe`); tells when the root font size changes (a
 * ResizeObserver on a box 1rem wide), after which each kind is measured again.
 */
export class ItemSizer {
  private readonly box: HTMLElement;
  private readonly rem: HTMLElement;
  private remWidth = -1;
  /** Each kind's content height as measured (px); 0 until an item of that kind is drawn. */
  private content: ItemHeights = { day: 0, row: 0 };
  private fitted: ItemHeights = { ...BASE_HEIGHTS };

  /** `host` holds the probe (the list's canvas); `resized` runs when 1rem changes width. */
  constructor(host: HTMLElement, resized: () => void) {
    const doc = host.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'list-probe';
    this.box.setAttribute('aria-hidden', 'true');
    this.box.inert = true;
    this.rem = doc.createElement('div');
    this.rem.className = 'rem-probe';
    this.box.append(this.rem);
    host.append(this.box);
    // Every browser the extension runs in has it; jsdom (the unit tests) does not.
    if (typeof ResizeObserver !== 'function') return;
    new ResizeObserver(() => {
      if (this.remChanged()) resized();
    }).observe(this.rem);
  }

  /**
   * Whether the root font size changed since last asked (the first time: no, nothing was measured
   * at another size yet); if so, each kind is measured again at the next `fit`. Reads layout: on
   * a resize only. The list asks when its own box is resized too, since that observer may be told
   * first (the header grew with the text) and must not draw with the old heights.
   */
  remChanged(): boolean {
    const width = this.rem.getBoundingClientRect().width;
    if (width === this.remWidth) return false;
    const first = this.remWidth < 0;
    this.remWidth = width;
    if (first) return false;
    this.content = { day: 0, row: 0 };
    return true;
  }

  /** The probe's own element, to keep in the host when the host's items are replaced. */
  get element(): HTMLElement {
    return this.box;
  }

  /** The heights in use (px): BASE_HEIGHTS until measured. */
  get heights(): ItemHeights {
    return this.fitted;
  }

  /**
   * Whether `items` hold a kind not measured yet: drawn while the list was hidden (the charts
   * view), so measured as 0.
   */
  pending(items: readonly ListItem[]): boolean {
    return items.some((item) => this.content[item.kind] === 0);
  }

  /**
   * The heights for `items` drawn by `draw`: each kind not measured yet (since start or since the
   * text size changed) is measured if `items` hold one, all in one layout; none after.
   */
  fit(items: readonly ListItem[], draw: (item: ListItem) => HTMLElement): ItemHeights {
    const sample = (kind: ListItem['kind']): HTMLElement | undefined => {
      if (this.content[kind] > 0) return undefined;
      const item = items.find((each) => each.kind === kind);
      return item && draw(item);
    };
    const drawn = { day: sample('day'), row: sample('row') };
    if (!drawn.day && !drawn.row) return this.fitted;
    this.box.replaceChildren(this.rem, ...[drawn.day, drawn.row].filter((e) => e !== undefined));
    const height = (kind: keyof ItemHeights): number =>
      drawn[kind]?.getBoundingClientRect().height ?? this.content[kind];
    this.content = { day: height('day'), row: height('row') };
    // 16 when not laid out (jsdom).
    this.fitted = fitHeights(this.content, this.rem.getBoundingClientRect().width || 16);
    this.box.replaceChildren(this.rem);
    return this.fitted;
  }
}
