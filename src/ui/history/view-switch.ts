/**
 * The history page's two views, the list and "Charts and sites": two toggle buttons
 * (`aria-pressed`); the charts view hides what belongs to the list and is drawn on each switch to it.
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
}
