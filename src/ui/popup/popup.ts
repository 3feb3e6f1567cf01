// Popup entry: asks the worker for the first screen before anything else runs, draws it, then
// loads the controls (./popup-controls.ts) once that frame is on screen.
import { localizeDocument, messageLocale } from '../../i18n/i18n';
import type { PageRow } from '../../store/page-rows';
import { askScreen, PopupView, type RowActions } from './popup-view';

const firstScreen = askScreen('');
localizeDocument();

let controls: Promise<RowActions> | undefined;
/** The controls, loaded once: after the first frame, or as soon as a row is used before that. */
const loadControls = (): Promise<RowActions> =>
  (controls ??= import('./popup-controls').then(({ wireControls }) => wireControls(view)));

/** A row control used before the controls loaded: done once they have. */
const later =
  (action: 'open' | 'remove' | 'resume') =>
  (row: PageRow): void => {
    void loadControls().then((actions) => {
      actions[action](row);
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
      holder.replaceWith(actions.preview(row));
    });
    return holder;
  },
});

void view.refresh(firstScreen).finally(() => {
  requestAnimationFrame(() => setTimeout(() => void loadControls()));
});
