// Data for pages: react-query over the typed client. A query's key is [path, params, language], so a
// page asking for the same thing shares one request and its cache, a change of parameters or of the
// interface language loads again (the server's texts are in the language asked for), and a write
// invalidates what it changed by path.
import { QueryClient, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, apiLanguage, client, unwrap } from './client.js';
import type { ApiParams, ApiResponse, PathsWith } from './types.js';

/** Paths a page can load (those with a GET). */
export type QueryPath = PathsWith<'get'>;

/** Only failures that may pass by themselves are tried again: no connection, or the server's 5xx (503 while the database is away). */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** The app's one cache (main.tsx provides it; non-React code such as cachedList shares it). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a 4xx says something true (not found, not allowed, sign in): asking again changes nothing
      retry: (failures, error) => failures < 3 && isRetryable(error),
      // a page shows what it loaded until the person acts; coming back to the tab does not reload it
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

type ParamsArg<P extends QueryPath> = object extends ApiParams<P> ? ApiParams<P> | undefined : ApiParams<P>;

/** The query of `GET path` with `params` in `language`: its key and how to load it (for useQuery, fetchQuery, prefetch). */
export function apiQuery<P extends QueryPath>(path: P, params: ParamsArg<P>, language: string = apiLanguage()) {
  return queryOptions<ApiResponse<P, 'get'>, ApiError>({
    queryKey: [path, params ?? {}, language] as const,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET(path as never, { params, signal, headers: { 'Accept-Language': language } } as never) as Promise<{
          data?: ApiResponse<P, 'get'>;
          error?: unknown;
          response: Response;
        }>,
      ),
  });
}

export interface ApiQueryOptions<T, D> {
  /** False: nothing to load yet (the query waits, shown as loading). */
  enabled?: boolean;
  /** How long an answer counts as fresh (Infinity for lists that change only with a release). */
  staleTime?: number;
  /** Picks or reshapes what the page uses (kept stable between renders by react-query). */
  select?: (data: T) => D;
}

type QueryArgs<P extends QueryPath, D> =
  object extends ApiParams<P>
    ? [params?: ApiParams<P> | null, options?: ApiQueryOptions<ApiResponse<P, 'get'>, D>]
    : [params: ApiParams<P> | null, options?: ApiQueryOptions<ApiResponse<P, 'get'>, D>];

/**
 * Loads `GET path` for a page, typed by the document: `useApiQuery('/api/polls/{id}', { path: { id } })`.
 * `params` null means "nothing to load yet". Show the result with <QueryView>.
 */
export function useApiQuery<P extends QueryPath, D = ApiResponse<P, 'get'>>(path: P, ...[params, options = {}]: QueryArgs<P, D>): UseQueryResult<D, ApiError> {
  const { i18n } = useTranslation();
  return useQuery({
    ...apiQuery(path, (params ?? undefined) as ParamsArg<P>, i18n.language),
    enabled: params !== null && options.enabled !== false,
    ...(options.staleTime !== undefined ? { staleTime: options.staleTime } : {}),
    ...(options.select ? { select: options.select } : {}),
  }) as UseQueryResult<D, ApiError>;
}

/**
 * After a write: marks every query of these paths (any parameters, any language) stale, so what is
 * on screen loads again and a page opened later does not show the old answer.
 */
export function invalidate(...paths: QueryPath[]): Promise<void> {
  return Promise.all(paths.map((path) => queryClient.invalidateQueries({ queryKey: [path] }))).then(() => undefined);
}
