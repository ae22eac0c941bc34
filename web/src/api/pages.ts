// "Show more" over a keyset-paged GET: the server answers a page with `nextCursor`, and the next page is asked for with
// `cursor`. The pages live under the path's key (as useApiQuery's do), so invalidate(path) reloads every page shown.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap, type ApiError } from './client.js';
import type { QueryPath } from './query.js';
import type { ApiParams, ApiResponse } from './types.js';

/** Paths whose answer carries `nextCursor` (a page of a list). */
type PagedPath = { [P in QueryPath]: ApiResponse<P, 'get'> extends { nextCursor: string | null } ? P : never }[QueryPath];

/**
 * Loads `GET path` a page at a time: `useApiPages('/api/groups/{id}/posts', { path: { id }, query: { limit: 20 } })`;
 * `data` is the pages loaded, `fetchNextPage()` asks for the next after the last. `params` null: nothing to load yet.
 */
export function useApiPages<P extends PagedPath>(path: P, params: ApiParams<P> | null) {
  const { i18n } = useTranslation();
  type Page = ApiResponse<P, 'get'>;
  const query = (params as { query?: object } | null)?.query ?? {};
  return useInfiniteQuery<Page, ApiError, Page[], readonly unknown[], string | null>({
    queryKey: [path, params ?? {}, i18n.language, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET(
          path as never,
          {
            params: { ...params, query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } },
            signal,
            headers: { 'Accept-Language': i18n.language },
          } as never,
        ) as Promise<{ data?: Page; error?: unknown; response: Response }>,
      ),
    initialPageParam: null,
    getNextPageParam: (last) => (last as { nextCursor: string | null }).nextCursor ?? undefined,
    select: (data) => data.pages,
    enabled: params !== null,
  });
}
