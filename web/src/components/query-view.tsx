import { useDeferredValue, type ReactNode } from 'react';
import type { ApiError } from '../api/client.js';
import { LoadError, Loading } from './page.js';

/** What QueryView reads of a query (a useApiQuery result). */
export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null | undefined;
  refetch(): unknown;
}

/**
 * The one way a page shows what it loads: "loading" until the data is there, the failure with a
 * "try again" button (which asks again), else `children(data)`. Data already shown stays when a
 * later reload fails. `loading`: the loading line's own words (a map, a list). Data that arrives is drawn in a
 * deferred render, which React splits into slices the browser can paint and answer input between, instead of one
 * long task per answer (data already there when the view first appears is drawn at once).
 *
 *   const poll = useApiQuery('/api/polls/{id}', { path: { id } });
 *   return <QueryView query={poll}>{(p) => <h1>{p.title}</h1>}</QueryView>;
 */
export function QueryView<T>({ query, children, loading }: { query: QueryState<T>; children(data: T): ReactNode; loading?: string }) {
  const data = useDeferredValue(query.data);
  if (data !== undefined) return <>{children(data)}</>;
  if (query.error) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  return <Loading {...(loading ? { label: loading } : {})} />;
}
