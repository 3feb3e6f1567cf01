/**
 * "Not accepted by Microsoft Graph": each write Graph refused for good (sync/parked-writes.ts),
 * with the page, the reason in plain words and the two answers, "Retry" and "Don't publish".
 * Shared by the popup and the history page; page text goes through textContent only.
 */
import { t } from '../i18n/i18n';
import { UNSAFE_METADATA, type ParkedEntry } from '../messaging/contract';
import { setPageText } from './dom';
import { siteLabel } from './format';

/** What a row's buttons ask the worker to do with the write `key`. */
export interface ParkedActions {
  retry: (key: string) => Promise<void>;
  dontPublish: (key: string) => Promise<void>;
}

/**
 * Graph's refusal in words a reader understands, in the catalog's language. Branches on Graph's
 * code, never its message (https://learn.microsoft.com/graph/errors); an unknown code is quoted
 * so support can look it up.
 */
export function refusalInWords(entry: Pick<ParkedEntry, 'code' | 'status'>): string {
  switch (entry.code) {
    case UNSAFE_METADATA:
      return t('parked_reason_unsafe_url');
    case 'requestEntityTooLarge':
    case 'requestTooLarge':
      return t('parked_reason_too_large');
    case 'invalidRequest':
    case 'BadRequest':
      return t('parked_reason_invalid');
    case 'accessDenied':
    case 'Forbidden':
      return t('parked_reason_forbidden');
    case 'itemNotFound':
      return t('parked_reason_gone');
    case 'clientError':
      return t('parked_reason_client');
    default:
      return entry.status === 413
        ? t('parked_reason_too_large')
        : t('parked_reason_other', entry.code);
  }
}

/**
 * Where the row says the page is: its site (own name or host) and, as the tooltip, its address.
 * An address that failed cleaning may carry sign-in data, so only its host is ever shown, and
 * nothing when it does not even parse.
 */
function placeOf(entry: ParkedEntry): { site: string; tooltip: string } {
  if (!entry.url) return { site: '', tooltip: '' };
  if (entry.code !== UNSAFE_METADATA) {
    return { site: siteLabel(entry.url, entry.siteName), tooltip: entry.url };
  }
  let host = '';
  try {
    host = new URL(entry.url).hostname;
  } catch {
    // Not even a URL: show no address at all.
  }
  return { site: entry.siteName || host.replace(/^www\./, ''), tooltip: host };
}

/** The row's title: the page's, or what a refused delete was about. */
function titleOf(entry: ParkedEntry): string {
  const title = entry.title || t('parked_no_title');
  return entry.kind === 'delete' ? t('parked_delete', title) : title;
}

/**
 * Fills `list` with one row per refused write: title, site and reason, then "Retry" and "Don't
 * publish". A button is disabled while its request runs; the caller refreshes after it.
 */
export function renderParkedList(
  list: HTMLElement,
  entries: readonly ParkedEntry[],
  actions: ParkedActions,
): void {
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = doc.createElement('li');
      item.className = 'parked';
      item.dataset.key = entry.key;
      const title = doc.createElement('div');
      title.className = 'title';
      // A right-to-left title or site takes its own direction in our line (ui/dom.ts).
      setPageText(title, titleOf(entry));
      const place = placeOf(entry);
      title.title = place.tooltip;
      const reason = doc.createElement('div');
      reason.className = 'reason';
      if (place.site) {
        const site = doc.createElement('span');
        setPageText(site, place.site);
        reason.append(site, ` · ${refusalInWords(entry)}`);
      } else {
        reason.textContent = refusalInWords(entry);
      }
      const buttons = doc.createElement('div');
      buttons.className = 'actions';
      const button = (label: string, run: (key: string) => Promise<void>): HTMLButtonElement => {
        const element = doc.createElement('button');
        element.type = 'button';
        element.className = 'button';
        element.textContent = label;
        element.setAttribute('aria-label', `${label}: ${titleOf(entry)}`);
        element.addEventListener('click', () => {
          for (const other of buttons.querySelectorAll('button')) other.disabled = true;
          void run(entry.key);
        });
        return element;
      };
      buttons.append(
        button(t('parked_retry'), actions.retry),
        button(t('parked_dont_publish'), actions.dontPublish),
      );
      item.append(title, reason, buttons);
      return item;
    }),
  );
}

/**
 * Wires a `<section>` holding an `<h2>` and a `<ul>` to the worker: `refresh()` lists the refused
 * writes (the section is hidden when there are none); each answer is sent, then the list and
 * `onChange` (the caller's sync line) refresh. Returns the refresh function.
 */
export function mountParkedWrites(
  section: HTMLElement,
  worker: {
    list: () => Promise<ParkedEntry[]>;
    retry: (key: string) => Promise<unknown>;
    dontPublish: (key: string) => Promise<unknown>;
  },
  onChange: () => void,
): () => Promise<void> {
  const list = section.querySelector('ul');
  if (!list) throw new Error('Missing the list of refused writes in the page markup');
  const after = (send: (key: string) => Promise<unknown>) => async (key: string) => {
    await send(key).catch(() => undefined);
    await refresh();
    onChange();
  };
  const actions: ParkedActions = {
    retry: after(worker.retry),
    dontPublish: after(worker.dontPublish),
  };
  async function refresh(): Promise<void> {
    const entries = await worker.list();
    section.hidden = entries.length === 0;
    renderParkedList(list as HTMLElement, entries, actions);
  }
  return refresh;
}
