import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter, searchNumber } from '../../../core/search/pages.js';
import { initiatives } from '../db/schema.js';
import { initiativePath, initiativeTitle, initiativeType } from './common.js';

const openStatuses = new Set(['screening', 'collecting', 'awaiting_answer']);

/** Initiatives in the city-wide search: public ones (neither draft nor withdrawn) by title, demand, text and the authority's answer. */
export const initiativeSearch: SearchKind = {
  kind: initiativeType,
  ids: (db, after, limit) => searchIdsAfter(db, initiatives, initiatives.number, after, limit),
  async documents(db, ids) {
    const numbers = ids.map(searchNumber).filter((n): n is number => n !== null);
    if (numbers.length === 0) return [];
    const rows = await db.select().from(initiatives).where(inArray(initiatives.number, numbers));
    return rows.map((r) => ({
      id: String(r.number),
      title: initiativeTitle(r),
      body: [r.ask, r.text, r.answerText ?? ''].join('\n'),
      districtId: r.districtId,
      status: openStatuses.has(r.status) ? ('open' as const) : ('closed' as const),
      date: r.createdAt,
      path: initiativePath(r.number),
      visible: r.moderation === 'visible' && r.status !== 'draft' && r.status !== 'withdrawn',
    }));
  },
};
