import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter } from '../../../core/search/pages.js';
import { volunteerProjects } from '../db/schema.js';
import { projectPath, projectType } from './common.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Volunteering projects in the city-wide search: visible ones by title and description; open unless cancelled. */
export const volunteerProjectSearch: SearchKind = {
  kind: projectType,
  ids: (db, after, limit) => searchIdsAfter(db, volunteerProjects, volunteerProjects.id, after, limit),
  async documents(db, ids) {
    const valid = ids.filter((id) => uuidPattern.test(id));
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
