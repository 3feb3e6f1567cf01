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

/**
 * Confirms a save in a section's status line (a live region), then fades it after a few seconds
 * (theme: `.saved.fade`). An error stays until the next save.
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
      }, 2500),
    );
  }
}
