import type { Db } from '../db/client.js';
import type { DomainEvent } from '../jobs/events.js';

/**
 * One searchable thing as its module describes it for the site-wide search (`GET /api/search`): public facts only.
 * The core stores it in `search_documents` (Russian and English stems, trigrams for typos and type-ahead).
 */
export interface SearchDocument {
  id: string;
  /** Plain text; the heaviest in ranking and what type-ahead suggests. */
  title: string;
  /** The title in English when it is another text (a report's reason); null or absent otherwise. */
  titleEn?: string | null;
  /** Plain text searched with less weight (a description, an answer, an address); the first words are the result's excerpt. */
  body: string;
  districtId: string | null;
  /** `open`: residents can still act on it (a report not resolved, a poll or vote open, an initiative collecting); `closed`: decided, done or over. */
  status: 'open' | 'closed';
  /** The date that matters to a reader (filed, published, the event's start): the date filter and the newest-first order use it. */
  date: Date;
  /** The site path of its public page, e.g. `/reports/38`. */
  path: string;
  /**
   * False when the public may not see it now (hidden, held for moderation, a draft, private): the index then drops it.
   * Return it rather than leave the id out, so the reason is explicit.
   */
  visible: boolean;
}

/**
 * A kind of searchable thing a module contributes through its manifest (`GorodModule.search`). To contribute one:
 *
 * ```ts
 * search: [{ kind: 'report', documents: reportSearchDocuments, ids: reportSearchIds }]
 * ```
 *
 * The index refreshes a document by itself when a domain event names it (`event.entityType === kind`, or the ids
 * `refreshOn` returns), and when moderation hides or restores an entity of the same type; a write that emits no
 * event calls `queueSearchRefresh(tx, kind, ids)` from `core/search/refresh.ts` in its transaction. `gorod search
 * reindex` rebuilds every kind from `ids` + `documents`. The web names the kind with its `search.kinds.<kind>` text.
 */
export interface SearchKind {
  /** Stable name in URLs and the index (`report`); the same as the entity type when the thing is an entity, so moderation reaches it. */
  kind: string;
  /** The documents of these ids; an id that no longer exists is left out (and leaves the index). */
  documents(db: Db, ids: string[]): Promise<SearchDocument[]>;
  /** A page of this kind's ids in a stable order, after `after` (null: from the start), for a full reindex. */
  ids(db: Db, after: string | null, limit: number): Promise<string[]>;
  /** Ids of this kind an event changes besides its own entity (e.g. a proposal's when its cycle changes phase). */
  refreshOn?(event: DomainEvent): string[];
}

/**
 * One of the site's own public pages a module declares (`GorodModule.pages`), so the site-wide search finds the page
 * itself («бюджет» → `/budgeting`): its main public pages only, not an administrator's nor one entity's. The words are
 * the ones the web uses for the page.
 */
export interface SitePage {
  /** The web address, one of src/core/http/web-routes.ts's patterns without a parameter, e.g. `/reports/new`. */
  path: string;
  /** The page's title as the web names it. */
  title: { ru: string; en: string };
  /** What a resident does there, one plain sentence: searched with the title's words and shown under it. */
  description: { ru: string; en: string };
}
