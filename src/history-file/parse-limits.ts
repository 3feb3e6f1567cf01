// What a history file may hold and how a refused one is described (re-exported by parse.ts).

/** Why a file was refused: one code per thing the user can do something about. */
export type HistoryFileErrorCode =
  'too-large' | 'not-json' | 'truncated' | 'foreign' | 'newer-version' | 'invalid';

/** A refused file. `message` is for the user; `path` points into the document (`activities[3]…`). */
export class HistoryFileError extends Error {
  constructor(
    readonly code: HistoryFileErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(path === undefined ? message : `${message} (at ${path})`);
    this.name = 'HistoryFileError';
  }
}

/** How much an imported history file may hold; past any limit the file is refused, not cut. */
export interface ParseLimits {
  /** UTF-16 units of text accepted (a 50,000-page history is about 60 MB). */
  maxChars: number;
  maxActivities: number;
  maxItemsPerActivity: number;
}

/** The limits an import runs with. */
export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxChars: 512 * 1024 * 1024,
  maxActivities: 1_000_000,
  maxItemsPerActivity: 100_000,
};
