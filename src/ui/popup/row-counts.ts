// The popup's row counts on their own, without the view: bench/history.ts asks the worker for the
// same screens, and importing the view would load the extension's messaging (browser APIs).

/** Rows drawn first: the popup's first screen, asked for before anything else. */
export const FIRST_ROWS = 12;
/** Rows the popup lists in all (today's and recent pages); the history page has the rest. */
export const POPUP_ROWS = 50;
/** Unfinished pages offered above the list; the history page can filter all of them. */
export const CONTINUE_ROWS = 3;
