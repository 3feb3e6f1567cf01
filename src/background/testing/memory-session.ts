// Test support, never bundled: storage.session in memory, for the worker's stores that keep what
// a killed worker must not forget (pending-resume-store.ts, shown-floors.ts, sign-in-tabs.ts).

/**
 * storage.session as the browser keeps it: JSON values under keys (each write a structured
 * copy). `data` shows what is kept; `writes()` counts the `set` calls.
 */
export function memorySession() {
  const data: Record<string, unknown> = {};
  let writes = 0;
  return {
    data,
    writes: () => writes,
    get: (key: string) => Promise.resolve(key in data ? { [key]: data[key] } : {}),
    set: (items: Record<string, unknown>) => {
      writes++;
      Object.assign(data, structuredClone(items));
      return Promise.resolve();
    },
    remove: (key: string) => {
      Reflect.deleteProperty(data, key);
      return Promise.resolve();
    },
  };
}
