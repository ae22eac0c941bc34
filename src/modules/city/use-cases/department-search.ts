import { inArray } from 'drizzle-orm';
import { departments } from '../../../core/city/schema.js';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter } from '../../../core/search/pages.js';

/** Departments in the city-wide search, by their names in both languages and their public address; a retired one is closed. */
export const departmentSearch: SearchKind = {
  kind: 'department',
  ids: (db, after, limit) => searchIdsAfter(db, departments, departments.id, after, limit),
  async documents(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db.select().from(departments).where(inArray(departments.id, ids));
    return rows.map((d) => ({
      id: d.id,
      title: d.nameRu,
      titleEn: d.nameEn,
      body: [d.address ?? '', d.website ?? ''].join('\n'),
      districtId: d.districtId,
      status: d.retiredAt === null ? ('open' as const) : ('closed' as const),
      date: d.createdAt,
      path: `/departments/${d.id}`,
      // a merged department's page leads to the one it joined: search finds that one
      visible: d.mergedIntoId === null,
    }));
  },
};
