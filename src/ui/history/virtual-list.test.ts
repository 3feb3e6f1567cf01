// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplayRow, ListItem } from './days';
import { BASE_HEIGHTS } from './list-geometry';
import { VirtualList } from './virtual-list';

// A day heading, then 100 rows: far more than a screen of 600 px (the scroller's height in jsdom,
// which lays nothing out, is 0: VirtualList then takes 600).
const ITEMS: ListItem[] = [
  { kind: 'day', dayStart: 0, activeMs: null },
  ...Array.from({ length: 100 }, (_, i): ListItem => ({
    kind: 'row',
    row: { key: `r${String(i + 1)}` } as DisplayRow,
  })),
];

describe('VirtualList', () => {
  let scroller: HTMLElement;
  let canvas: HTMLElement;
  let pinned: number | undefined;
  let list: VirtualList;
  const drawn = () =>
    [...canvas.children].filter((e) => e.id !== '').map((element) => Number(element.id));

  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(): void {}
      },
    );
    scroller = document.createElement('div');
    canvas = document.createElement('div');
    scroller.append(canvas);
    document.body.replaceChildren(scroller);
    pinned = undefined;
    list = new VirtualList(
      scroller,
      canvas,
      (_item, index) => {
        const element = document.createElement('div');
        element.id = String(index);
        return element;
      },
      () => undefined,
      () => pinned,
    );
    list.setItems(ITEMS);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const scrollTo = (index: number): void => {
    scroller.scrollTop = BASE_HEIGHTS.day + (index - 1) * BASE_HEIGHTS.row;
    list.render();
  };

  it('keeps its elements in the items’ order, scrolled down and back up', () => {
    scrollTo(60);
    scrollTo(20);
    const order = drawn();
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(8);
  });

  it('keeps the pinned item drawn wherever the list is scrolled, first in the order', () => {
    pinned = 0;
    scrollTo(60);
    expect(drawn()[0]).toBe(0);
    expect(drawn()[1]).toBe(48);
    pinned = undefined;
    list.render();
    expect(drawn()).not.toContain(0);
  });
});
