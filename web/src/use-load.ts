import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api/client.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  reload(): void;
  /** `reload`, by the name <QueryView> calls. */
  refetch(): void;
}

/**
 * Runs `load` when `key` changes and keeps its result; a later answer never overwrites a newer
 * one. `key` null means "nothing to load yet".
 * @deprecated Pages load through `useApiQuery` (api/query.ts) and show it with <QueryView>; this goes
 * when the last page has moved.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError }>({ key: null });
  const [round, setRound] = useState(0);
  // `load` is recreated every render; `key` names what it loads, so only `key` re-runs it
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    if (key === null) return;
    let live = true;
    latest.current().then(
      (data) => live && setState({ key, data }),
      (err: unknown) => live && setState({ key, error: err instanceof ApiError ? err : new ApiError(0, 'client', String(err)) }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const current = state.key === key;
  return { data: current ? state.data : undefined, error: current ? state.error : undefined, reload, refetch: reload };
}
