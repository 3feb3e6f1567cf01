// Popup entry: asks the worker for the first screen before anything else runs, draws it, then
// loads the controls (./popup-controls.ts) once that frame is on screen.
import { localizeDocument, messageLocale, t } from '../../i18n/i18n';
import type { PageRow } from '../../store/page-rows';
import { errorText, requireElement } from '../dom';
import { onDeletionNote } from '../deletion-feed';
import { onSyncPassEnded } from '../sync-status-feed';
import { holdEarlyInput, loadOnceRetrying } from './early-input';
import { PopupView, type RowActions } from './popup-view';
import { askScreen } from './screen-requests';
import { keepPopupHeight } from './popup-height';
import { keepPopupWidth } from './popup-width';
import { mountSiteAccessIn } from '../site-access-watch';

// The first screen also asks whether the page in front is recorded (the line under the header).
const firstScreen = askScreen('', true);
localizeDocument();
// Before the first frame: at 200 % zoom and more the popup is narrower than its body asks.
keepPopupWidth(document);
// In Firefox, at 200 % and more, no taller than the screen leaves it (Firefox does not cap it).
keepPopupHeight(document);

/** The controls, loaded once: after the first frame, or as soon as anything is used before. */
const loadControls = loadOnceRetrying(
  async (): Promise<RowActions> => {
    const { wireControls } = await import('./popup-controls');
    const actions = wireControls(view);
    early.replay();
    // `autofocus` alone is sometimes ignored by Firefox's toolbar popups.
    if (!document.activeElement || document.activeElement === document.body) view.search.focus();
    return actions;
  },
  (error) => {
    early.drop();
    view.statusLine.textContent = t('popup_load_failed', errorText(error));
  },
);

/** Buttons and list keys used before the controls loaded: replayed once they have. */
const early = holdEarlyInput(
  document,
  { clicks: '#pause, #sync-action, #open-options, #open-history', keys: '#activities, #search' },
  () => void loadControls(),
);

/** A row control used before the controls loaded: done once they have. */
const later =
  (action: 'open' | 'remove' | 'resume') =>
  (row: PageRow): void => {
    void loadControls().then((actions) => {
      actions?.[action](row);
    });
  };

const view = new PopupView(messageLocale(), {
  open: later('open'),
  remove: later('remove'),
  resume: later('resume'),
  preview: (row) => {
    const holder = document.createElement('div');
    holder.className = 'card-preview';
    void loadControls().then((actions) => {
      if (actions) holder.replaceWith(actions.preview(row));
    });
    return holder;
  },
});

// Whether the browser lets it read websites at all: a line and "Allow access to websites" if not.
mountSiteAccessIn(requireElement('#site-access', HTMLElement), (access) => {
  view.setSiteAccess(access);
});

// While the popup is open it follows every sync pass the worker ends, whoever asked for it (the
// alarm, another page, its own Sync now): the sync line, the status and refused writes, the rows.
onSyncPassEnded(() => {
  void view.refreshStatus();
  void view.followPass();
});
// And every deletion made elsewhere (the history page, options): its rows go, or come back on
// Undo, as after a pass that pulled other devices' deletions.
// A deletion applied had its rows hidden already: nothing to ask.
onDeletionNote((note) => {
  if (note.kind !== 'applied') void view.followPass();
});

void view.refresh(firstScreen).finally(() => {
  requestAnimationFrame(() => setTimeout(() => void loadControls()));
});
