import type { Filters } from './list-filters';

/** The page's parts the list draws into and reads from. */
export interface ListParts {
  locale: string;
  scroller: HTMLElement;
  list: HTMLElement;
  /** The line under the list: "nothing found" or "the end". */
  end: HTMLElement;
  status: HTMLElement;
  undoBar: HTMLElement;
  selectionBar: HTMLElement;
  selectionCount: HTMLElement;
  /** The search box, trimmed. */
  query: () => string;
  /** The "unfinished" checkbox of the filter form. */
  unfinishedChecked: () => boolean;
  filters: () => Filters;
  /** Runs each time the list is drawn (what is offered above it follows what it shows). */
  drawn?: () => void;
}
