// How a field shows that it is wrong, and how a section confirms a save: the same everywhere.

/**
 * Shows (or clears, with null) the error of a field: text in the element its aria-describedby
 * names `<name>-error`, and aria-invalid on the field, so a screen reader reads both together.
 */
export function setFieldError(
  field: HTMLElement,
  errorBox: HTMLElement,
  message: string | null,
): void {
  errorBox.textContent = message ?? '';
  if (message === null) field.removeAttribute('aria-invalid');
  else field.setAttribute('aria-invalid', 'true');
}

const fadeTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** How long "Saved" shows, and how long its fade takes (options.css `.saved`), in ms. */
const SHOWN_MS = 2500;
const FADE_MS = 600;

/**
 * Confirms a save in a section's status line (a live region), then fades it after a few seconds
 * (theme: `.saved.fade`) and empties it: a faded line kept its height, a blank gap of about 30 px
 * under the card's last field (review newuser item 19). An error stays until the next save.
 */
export function showSaved(status: HTMLElement, text: string, isError = false): void {
  clearTimeout(fadeTimers.get(status));
  status.classList.remove('fade');
  status.classList.toggle('error', isError);
  status.textContent = text;
  if (!isError) {
    fadeTimers.set(
      status,
      setTimeout(() => {
        status.classList.add('fade');
        fadeTimers.set(
          status,
          setTimeout(() => {
            status.textContent = '';
            status.classList.remove('fade');
          }, FADE_MS),
        );
      }, SHOWN_MS),
    );
  }
}
