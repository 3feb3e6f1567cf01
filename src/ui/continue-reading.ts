import { t } from '../i18n/i18n';
import type { PageRow } from '../store/page-rows';
import { formatDuration, siteLabel } from './format';
import { siteIcon } from './site-icon';
import { setPageText } from './dom';
import { fitCutEnds } from './cut-text';

/** "42% read", "Finished", or '' for a page without a position: what a row says of progress. */
export function progressLabel(row: Pick<PageRow, 'progress' | 'finished'>): string {
  if (row.finished) return t('reading_finished');
  return row.progress === undefined ? '' : t('reading_progress', String(row.progress));
}

/**
 * "Continue reading": one row per unfinished page (icon, title as a button that resumes it, a
 * progress bar, "42% read · 13 min"). Page text goes through textContent only. Shared by the popup
 * and the history page; `resume` asks the worker to reopen the page at its position.
 */
export function renderContinueReading(
  list: HTMLElement,
  rows: readonly PageRow[],
  resume: (row: PageRow) => void,
  locale?: string,
): void {
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...rows.map((row) => {
      const item = doc.createElement('li');
      item.className = 'continue';
      item.dataset.appActivityId = row.appActivityId;
      const site = siteLabel(row.url, row.siteName);
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'resume';
      setPageText(button, row.title);
      button.title = t('reading_resume_title', row.title);
      button.addEventListener('click', () => {
        resume(row);
      });
      const bar = doc.createElement('progress');
      bar.max = 100;
      bar.value = row.progress ?? 0;
      bar.setAttribute('aria-label', progressLabel(row));
      const meta = doc.createElement('div');
      meta.className = 'meta meta-line';
      const siteName = doc.createElement('span');
      siteName.className = 'site';
      setPageText(siteName, site);
      // One span a part: a long site name gives way to them (lists.css .meta-line).
      meta.append(
        siteName,
        ...[progressLabel(row), formatDuration(row.activeMs, locale)].map((part) => {
          const span = doc.createElement('span');
          span.textContent = ` · ${part}`;
          return span;
        }),
      );
      const text = doc.createElement('div');
      text.className = 'text';
      text.append(button, bar, meta);
      fitCutEnds(text, ['.resume', '.meta-line > .site']);
      item.append(siteIcon(doc, site, row), text);
      return item;
    }),
  );
}
