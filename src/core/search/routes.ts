import { z } from 'zod';
import { AppError } from '../http/errors.js';
import type { App, GorodModule, ModuleContext } from '../module/module.js';
import { lineSchema } from '../text/schemas.js';
import { searchDocumentsFor, suggestDocuments } from './query.js';
import { searchKindsOf, sitePageKind, sitePagesOf } from './site-pages.js';

/** The longest query: a search box takes a few words, not a text. */
export const searchQueryMax = 200;
const kindSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const daySchema = z.iso.date();

const searchHitSchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    title: z.string(),
    /** The title in English when it is another text (a report's reason); null otherwise. */
    titleEn: z.string().nullable(),
    /** The first words of its text, plain. */
    excerpt: z.string(),
    districtId: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    /** The date that matters to its kind (filed, published, the start); null for one of the site's pages. */
    date: z.iso.datetime().nullable(),
    path: z.string(),
  })
  .meta({ id: 'SearchHit' });

const searchResultsSchema = z
  .object({
    /** Every kind of thing the search covers, in the modules' order (the filter's choices). */
    kinds: z.array(z.string()),
    /** Matches per kind under the other filters, most first: the groups and the kind filter's counts. */
    counts: z.array(z.object({ kind: z.string(), count: z.number().int() })),
    /** Matches under every filter. */
    total: z.number().int(),
    /** More than 10,000 matches: the counts are lower bounds (the web says "more than"). */
    capped: z.boolean(),
    items: z.array(searchHitSchema),
  })
  .meta({ id: 'SearchResults' });

const suggestionSchema = z
  .object({ kind: z.string(), id: z.string(), title: z.string(), titleEn: z.string().nullable(), path: z.string() })
  .meta({ id: 'SearchSuggestion' });

/** The city-wide search (`GET /api/search`, `GET /api/search/suggest`) over what every module contributes (GorodModule.search). */
export function searchRoutes(app: App, ctx: ModuleContext, modules: GorodModule[]): void {
  const kinds = searchKindsOf(modules).map((k) => k.kind);
  const pages = sitePagesOf(modules);
  const rateLimit = { max: 120, timeWindow: 60_000 };

  // Who may call: anyone, rate-limited as the map search; only public things are in the index.
  app.get(
    '/api/search',
    {
      config: { policy: 'public', rateLimit },
      schema: {
        tags: ['city'],
        summary: 'Search everything public: reports, discussions, proposals, initiatives, ideas, polls, events, departments, the site’s own pages…',
        description:
          'Words are matched by their Russian and English stems (`"phrase"`, `-word` and `or` work as in web search) and, in titles, despite a typo. `from`/`to` are days (inclusive) of the date that matters to each kind (filed, published, the start); the site’s own pages (kind `page`) have no date (`null`), so a date range leaves them out. Nothing hidden, held for moderation or private is ever indexed.',
        querystring: z.object({
          q: lineSchema(1, searchQueryMax),
          kind: kindSchema.optional(),
          district: z.string().min(1).max(64).optional(),
          status: z.enum(['open', 'closed']).optional(),
          from: daySchema.optional(),
          to: daySchema.optional(),
          limit: z.coerce.number().int().min(1).max(50).default(20),
          offset: z.coerce.number().int().min(0).max(1000).default(0),
        }),
        response: { 200: searchResultsSchema },
      },
    },
    async (req) => {
      const { q, kind, district, status, from, to, limit, offset } = req.query;
      const fromDate = from ? new Date(`${from}T00:00:00Z`) : undefined;
      const toDate = to ? new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) : undefined;
      if (fromDate && toDate && fromDate >= toDate) throw new AppError(400, 'search_dates_reversed');
      const answer = await searchDocumentsFor(ctx.database.db, { q, kind, districtId: district, status, from: fromDate, to: toDate, limit, offset });
      // a site page's excerpt is its description in the reader's language (the index holds both)
      const excerptOf = (kind: string, id: string, excerpt: string) => (kind === sitePageKind ? (pages.get(id)?.description[req.lang] ?? excerpt) : excerpt);
      return {
        kinds,
        ...answer,
        items: answer.items.map((i) => ({ ...i, excerpt: excerptOf(i.kind, i.id, i.excerpt), date: i.date?.toISOString() ?? null })),
      };
    },
  );

  // Who may call: anyone, rate-limited as the map search (a request per key typed, debounced by the web).
  app.get(
    '/api/search/suggest',
    {
      config: { policy: 'public', rateLimit },
      schema: {
        tags: ['city'],
        summary: 'Type-ahead: titles of public things matching what has been typed so far',
        querystring: z.object({ q: lineSchema(2, searchQueryMax), limit: z.coerce.number().int().min(1).max(10).default(6) }),
        response: { 200: z.object({ items: z.array(suggestionSchema) }).meta({ id: 'SearchSuggestions' }) },
      },
    },
    async (req) => ({ items: await suggestDocuments(ctx.database.db, req.query.q, req.query.limit) }),
  );
}
