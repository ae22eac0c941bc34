import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter, searchUuids } from '../../../core/search/pages.js';
import { causes } from '../db/schema.js';
import { causePath, causeType } from './causes.js';

/** Charity causes in the city-wide search: approved or closed ones moderation has not hidden, by title, organisation, goal and spending. */
export const causeSearch: SearchKind = {
  kind: causeType,
  ids: (db, after, limit) => searchIdsAfter(db, causes, causes.id, after, limit),
  async documents(db, ids) {
    const valid = searchUuids(ids);
    if (valid.length === 0) return [];
    const rows = await db.select().from(causes).where(inArray(causes.id, valid));
    return rows.map((c) => ({
      id: c.id,
      title: c.title,
      body: [c.organisation, c.goal, c.spending].join('\n'),
      districtId: c.districtId,
      status: c.state === 'approved' ? ('open' as const) : ('closed' as const),
      date: c.approvedAt ?? c.createdAt,
      path: causePath(c.id),
      visible: c.state !== 'draft' && c.moderation === 'visible',
    }));
  },
};
