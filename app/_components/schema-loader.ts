import { useEffect, useState } from 'react';

/**
 * A form's schema, or a function that imports it. With the import, zod (about 30 kB gzip, and its start-up work)
 * stays out of the page's first load: it loads on the first focus or tap on the page, or at the latest on submit.
 */
export type SchemaSource<S> = S | (() => Promise<S>);

/** Loads a lazy schema once; one that cannot load (offline) leaves the checking to the server action. */
export function schemaLoader<S>(source: SchemaSource<S>): () => Promise<S | null> {
  if (typeof source !== 'function') return () => Promise.resolve(source);
  const load = source as () => Promise<S>;
  let loading: Promise<S | null> | null = null;
  return () =>
    (loading ??= load().catch(() => {
      loading = null;
      return null;
    }));
}

/** Starts loading a lazy schema on the page's first focus or tap, so that it is there by the time the form is sent. */
export function warmOnFirstUse(load: () => unknown): () => void {
  const warm = () => void load();
  document.addEventListener('focusin', warm, { once: true });
  document.addEventListener('pointerdown', warm, { once: true });
  return () => {
    document.removeEventListener('focusin', warm);
    document.removeEventListener('pointerdown', warm);
  };
}

/** A form's schema loader (one per form), warmed on the page's first focus or tap when the schema is an import. */
export function useSchemaLoader<S>(source: SchemaSource<S>): () => Promise<S | null> {
  const [load] = useState(() => schemaLoader(source));
  const lazy = typeof source === 'function';
  useEffect(() => {
    if (!lazy) return;
    return warmOnFirstUse(load);
  }, [lazy, load]);
  return load;
}
