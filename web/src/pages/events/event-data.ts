import { useQuery } from '@tanstack/react-query';
import { apiLanguage, client, unwrap, type ApiError } from '../../api/client.js';
import type { ApiParams } from '../../api/types.js';
import type { EventSummary } from './event-bits.js';

type ListQuery = Omit<NonNullable<ApiParams<'/api/events'>['query']>, 'page'>;

/** At most this many pages of the list for one month or one map (20 each): a month with more shows the first ones and says so. */
const maxPages = 10;

/**
 * Every event the list endpoint gives for a query (its pages one after another, up to `maxPages`): what a month's
 * calendar and the map show. Cached under the list's path, so a registration's `invalidate('/api/events')` renews it.
 */
export function useAllEvents(query: ListQuery) {
  const language = apiLanguage();
  return useQuery<{ items: EventSummary[]; total: number; truncated: boolean }, ApiError>({
    queryKey: ['/api/events', { ...query, all: true }, language],
    queryFn: async ({ signal }) => {
      const items: EventSummary[] = [];
      let total = 0;
      for (let page = 1; page <= maxPages; page++) {
        const r = await unwrap(client.GET('/api/events', { params: { query: { ...query, page } }, signal, headers: { 'Accept-Language': language } }));
        items.push(...r.items);
        total = r.total;
        if (items.length >= total || r.items.length === 0) break;
      }
      return { items, total, truncated: items.length < total };
    },
  });
}
