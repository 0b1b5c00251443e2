/**
 * A value one `astro build` hands between its two module graphs: the Astro config with its
 * integrations, and the site's own code that Vite bundles (content loader, middleware,
 * routes). Both run in the same process but import separate copies of every module, so a
 * module-level variable is not shared; one global per value, keyed by a registered symbol, is.
 * Used by the content check's hand-over, the Pagefind session and the share-card painter.
 */
export interface BuildShared<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
}

/** The shared slot called `name` (the same slot wherever it is asked for). */
export function buildShared<T>(name: string): BuildShared<T> {
  const key = Symbol.for(`rumah-inovasi.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
  };
}
