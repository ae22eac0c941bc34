import type { Db } from '../db/client.js';
import { matchWebRoute } from '../http/web-routes.js';
import type { GorodModule } from '../module/module.js';
import type { SearchDocument, SearchKind, SitePage } from '../module/search.js';
import { reindexSearchKind } from './refresh.js';

/** The search kind of the site's own pages (`GorodModule.pages`); its ids are the pages' paths. */
export const sitePageKind = 'page';

/**
 * The date a page is stored with: the index needs one, a page has none. The API answers `date: null` for a page and
 * a date filter leaves pages out (query.ts); the newest-first tie-break puts them after dated things of equal rank.
 */
export const sitePageDate = new Date(0);

/** Every module's public pages by path, in module order; a path declared twice or not a web page is a programming error. */
export function sitePagesOf(modules: readonly GorodModule[]): Map<string, SitePage> {
  const pages = new Map<string, SitePage>();
  for (const page of modules.flatMap((m) => m.pages ?? [])) {
    if (pages.has(page.path)) throw new Error(`Site page ${page.path} is declared twice`);
    if (matchWebRoute(page.path) !== page.path) throw new Error(`Site page ${page.path} is not a page of the web app without a parameter`);
    pages.set(page.path, page);
  }
  return pages;
}

/** The search kind `page`: one document per declared page, its titles and both descriptions searched. */
export function sitePageSearch(modules: readonly GorodModule[]): SearchKind {
  const pages = sitePagesOf(modules);
  const paths = [...pages.keys()].sort();
  return {
    kind: sitePageKind,
    documents: async (_db, ids) =>
      ids.flatMap((id): SearchDocument[] => {
        const page = pages.get(id);
        if (!page) return [];
        return [
          {
            id,
            title: page.title.ru,
            titleEn: page.title.en,
            body: `${page.description.ru} ${page.description.en}`,
            districtId: null,
            status: 'open',
            date: sitePageDate,
            path: page.path,
            visible: true,
          },
        ];
      }),
    ids: async (_db, after, limit) => paths.filter((p) => after === null || p > after).slice(0, limit),
  };
}

/**
 * Every kind the site-wide search covers, in module order, then the site's pages: what the index refreshes, a reindex
 * rebuilds and the search offers as filters (context.ts, runtime.ts, main.ts and routes.ts all take them from here).
 */
export function searchKindsOf(modules: readonly GorodModule[]): SearchKind[] {
  return [...modules.flatMap((m) => m.search ?? []), sitePageSearch(modules)];
}

/**
 * Writes the pages this version declares into the index and drops those it no longer does (the server at start: a
 * page comes with the code, not with an event, so an upgrade's pages are found from its first start).
 */
export async function indexSitePages(db: Db, modules: readonly GorodModule[]): Promise<number> {
  return reindexSearchKind(db, sitePageSearch(modules));
}
