import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter, searchUuids } from '../../../core/search/pages.js';
import { volunteerProjects } from '../db/schema.js';
import { projectPath, projectType } from './common.js';

/** Volunteering projects in the city-wide search: visible ones by title and description; open unless cancelled. */
export const volunteerProjectSearch: SearchKind = {
  kind: projectType,
  ids: (db, after, limit) => searchIdsAfter(db, volunteerProjects, volunteerProjects.id, after, limit),
  async documents(db, ids) {
    const valid = searchUuids(ids);
    if (valid.length === 0) return [];
    const rows = await db.select().from(volunteerProjects).where(inArray(volunteerProjects.id, valid));
    return rows.map((p) => ({
      id: p.id,
      title: p.title,
      body: p.description,
      districtId: p.districtId,
      status: p.cancelledAt === null ? ('open' as const) : ('closed' as const),
      date: p.createdAt,
      path: projectPath(p.id),
      visible: p.moderation === 'visible',
    }));
  },
};
