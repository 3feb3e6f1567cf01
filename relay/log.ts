/**
 * Structured logs: one JSON object per line on stdout. Callers pass ids and counts only: never a
 * URL, a name, an address or a token (the user's object id is the one personal datum logged).
 */

/** Values a log field may hold. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** A logger; `event` is a stable dotted name such as `read.accepted`. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** JSON-lines logger writing to `write` (stdout by default); `now` injected for tests. */
export function createJsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(line),
  now: () => Date = () => new Date(),
): Logger {
  const log =
    (level: string) =>
    (event: string, fields: LogFields = {}) => {
      write(JSON.stringify({ time: now().toISOString(), level, event, ...fields }) + '\n');
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
