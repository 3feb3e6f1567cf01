/**
 * The history page's two views, the list and "Charts and sites": two toggle buttons
 * (`aria-pressed`); the charts view hides what belongs to the list and is drawn on each switch to it,
 * and again when the colour scheme changes while it is shown.
 */
export function mountViewSwitch(parts: {
  listButton: HTMLButtonElement;
  chartsButton: HTMLButtonElement;
  charts: HTMLElement;
  /** Shown with the list only (the list itself, its filters, its keyboard hint). */
  listParts: readonly HTMLElement[];
  /** Draws the charts view (lazy: its code is loaded on the first switch). */
  drawCharts: () => void;
}): void {
  const show = (charts: boolean): void => {
    parts.listButton.setAttribute('aria-pressed', String(!charts));
    parts.chartsButton.setAttribute('aria-pressed', String(charts));
    parts.charts.hidden = !charts;
    for (const part of parts.listParts) part.hidden = charts;
    if (charts) parts.drawCharts();
  };
  parts.listButton.addEventListener('click', () => {
    show(false);
  });
  parts.chartsButton.addEventListener('click', () => {
    show(true);
  });
  // The charts are drawn on a canvas in the theme's colours of the moment: when the system (or
  // the browser's website appearance) switches between light and dark, draw them again.
  parts.charts.ownerDocument.defaultView
    ?.matchMedia('(prefers-color-scheme: dark)')
    .addEventListener('change', () => {
      if (!parts.charts.hidden) parts.drawCharts();
    });
}
