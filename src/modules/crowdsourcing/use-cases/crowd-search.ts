import { eq, inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter, searchNumber } from '../../../core/search/pages.js';
import { crowdIdeas, crowdProjects } from '../db/schema.js';
import { ideaPath, ideaType, projectPath, projectType } from './common.js';

const numbersOf = (ids: string[]) => ids.map(searchNumber).filter((n): n is number => n !== null);

/** Crowdsourcing projects in the city-wide search: published ones by the problem, the brief and the implementation report. */
export const crowdProjectSearch: SearchKind = {
  kind: projectType,
  ids: (db, after, limit) => searchIdsAfter(db, crowdProjects, crowdProjects.number, after, limit),
  async documents(db, ids) {
    const numbers = numbersOf(ids);
    if (numbers.length === 0) return [];
    const rows = await db.select().from(crowdProjects).where(inArray(crowdProjects.number, numbers));
    return rows.map((p) => ({
      id: String(p.number),
      title: p.title,
      body: [p.problem, p.brief, p.reportPublishedAt ? (p.reportText ?? '') : ''].join('\n'),
      districtId: p.districtId,
      status: p.implementationFrom > new Date() ? ('open' as const) : ('closed' as const),
      date: p.publishedAt ?? p.createdAt,
      path: projectPath(p.number),
      visible: p.publishedAt !== null,
    }));
  },
};

/** Residents' ideas in the city-wide search: visible, not withdrawn ones of published projects; open while submitted or shortlisted. */
export const ideaSearch: SearchKind = {
  kind: ideaType,
  ids: (db, after, limit) => searchIdsAfter(db, crowdIdeas, crowdIdeas.number, after, limit),
  async documents(db, ids) {
    const numbers = numbersOf(ids);
    if (numbers.length === 0) return [];
    const rows = await db
      .select({ idea: crowdIdeas, publishedAt: crowdProjects.publishedAt, districtId: crowdProjects.districtId })
      .from(crowdIdeas)
      .innerJoin(crowdProjects, eq(crowdProjects.id, crowdIdeas.projectId))
      .where(inArray(crowdIdeas.number, numbers));
    return rows.map(({ idea, publishedAt, districtId }) => ({
      id: String(idea.number),
      title: idea.title,
      body: idea.text,
      districtId,
      status: idea.status === 'submitted' || idea.status === 'shortlisted' ? ('open' as const) : ('closed' as const),
      date: idea.createdAt,
      path: ideaPath(idea.number),
      visible: idea.moderation === 'visible' && idea.status !== 'withdrawn' && publishedAt !== null,
    }));
  },
};
