import { eq, sql } from 'drizzle-orm';
import { allow, signedIn } from '../../../core/auth/decision.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { listDistricts } from '../../city/index.js';
import { findProject, findProjects, type ProjectRow } from '../db/queries.js';
import { volunteerProjects } from '../db/schema.js';
import { canReadProject } from '../policy.js';
import { districtVolunteeringType, factsOf, projectPath, projectType, uuidPattern } from './common.js';

function summarize(row: ProjectRow): EntitySummary {
  return {
    type: projectType,
    id: row.id,
    title: row.title,
    excerpt: row.description.slice(0, 300),
    path: projectPath(row.id),
    authorId: row.organiserId,
    visible: row.moderation === 'visible',
    districtId: row.districtId,
    createdAt: row.createdAt,
  };
}

/** Anyone signed in may comment on a project anyone can see. */
const canCommentOnProject = signedIn(function canCommentOnProject() {
  return allow;
});

/**
 * Volunteering projects as an entity kind: they host comments, can be followed (those who sign up do), flagged and
 * hidden by moderators, and have a shareable page. (Profiles show a person's volunteer record instead of the
 * projects officials entered: see use-cases/record.ts.)
 */
export const projectEntity: EntityKind = {
  type: projectType,
  pagePath: '/volunteering/:id',

  async describe(db, ids) {
    return new Map(
      (
        await findProjects(
          db,
          ids.filter((id) => uuidPattern.test(id)),
        )
      ).map((row) => [row.id, summarize(row)]),
    );
  },

  async commentRules(db, id, actor) {
    if (!uuidPattern.test(id)) return null;
    const row = await findProject(db, id);
    if (!row || !canReadProject(actor, await factsOf(db, actor, row)).allowed) return null;
    return { decision: canCommentOnProject(actor), stance: false, title: row.title, path: projectPath(row.id), commentCount: row.commentCount };
  },

  async onCommentsChanged(tx, id, change) {
    await tx
      .update(volunteerProjects)
      .set({ commentCount: sql`greatest(0, ${volunteerProjects.commentCount} + ${change.delta})` })
      .where(eq(volunteerProjects.id, id));
  },

  async setModeration(tx, id, state, reason) {
    if (!uuidPattern.test(id)) return false;
    const rows = await tx
      .update(volunteerProjects)
      .set({ moderation: state, moderationReason: reason })
      .where(eq(volunteerProjects.id, id))
      .returning({ id: volunteerProjects.id });
    return rows.length > 0;
  },
};

/**
 * A district's volunteering (its id is the district's): followed, it tells of every new project in the district.
 * (There is no district entity of the city module yet; when one comes, its followers can be told too.)
 */
export const districtVolunteeringEntity: EntityKind = {
  type: districtVolunteeringType,
  async describe(db, ids) {
    const wanted = new Set(ids);
    const out = new Map<string, EntitySummary>();
    for (const d of await listDistricts(db)) {
      if (!wanted.has(d.id)) continue;
      out.set(d.id, {
        type: districtVolunteeringType,
        id: d.id,
        title: `Волонтёрство: ${d.nameRu}`,
        titleEn: `Volunteering: ${d.nameEn}`,
        excerpt: '',
        path: `/volunteering?districtId=${encodeURIComponent(d.id)}`,
        authorId: null,
        visible: true,
        districtId: d.id,
        createdAt: new Date(0),
      });
    }
    return out;
  },
};
