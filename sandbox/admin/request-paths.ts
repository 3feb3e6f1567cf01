// What tests assert about the paths a client sent: an activity id segment must be made only of
// RFC 3986 unreserved characters (nothing a gateway could decode or split), and no path may hold
// an encoded slash at all.

/** RFC 3986 §2.3: ALPHA / DIGIT / "-" / "." / "_" / "~". */
const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;
const ACTIVITY_SEGMENT = /\/me\/activities\/([^/?]+)/i;

/**
 * The paths of `log` (request-log entries, batch parts included) that hold `%2F` anywhere or whose
 * `/me/activities/{id}` segment holds a character outside RFC 3986's unreserved set, in log order.
 * An empty array is the pass.
 */
export function unsafeActivityPaths(log: readonly { path: string }[]): string[] {
  return log
    .map((entry) => entry.path)
    .filter((path) => {
      if (/%2F/i.test(path)) return true;
      const id = ACTIVITY_SEGMENT.exec(path)?.[1];
      return id !== undefined && !UNRESERVED.test(id);
    });
}
