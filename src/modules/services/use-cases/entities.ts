import { and, desc, eq, sql } from 'drizzle-orm';
import { allow, signedIn } from '../../../core/auth/decision.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { findRolesByIdOrKey, findService, findServices, isUuid, type LifeRoleRow, type ServiceRow } from '../db/queries.js';
import { lifeRoles, services } from '../db/schema.js';
import { canReadCatalogueItem } from '../policy.js';
import { lifeRoleType, rolePath, servicePath, serviceType } from './catalogue.js';

function summarizeService(row: ServiceRow): EntitySummary {
  return {
    type: serviceType,
    id: row.id,
    title: row.title,
    ...(row.titleEn ? { titleEn: row.titleEn } : {}),
    excerpt: row.description.slice(0, 300),
    path: servicePath(row.id),
    authorId: row.proposedBy,
    visible: row.moderation === 'visible',
    districtId: null,
    createdAt: row.createdAt,
  };
}

function summarizeRole(row: LifeRoleRow): EntitySummary {
  return {
    type: lifeRoleType,
    id: row.id,
    title: row.nameRu,
    titleEn: row.nameEn,
    excerpt: row.descriptionRu.slice(0, 300),
    path: rolePath(row.key),
    authorId: row.proposedBy,
    visible: row.moderation === 'visible',
    districtId: null,
    createdAt: row.createdAt,
  };
}

/** Anyone signed in may comment on a service anyone can see (what it was like to get it). */
const canCommentOnService = signedIn(function canCommentOnService() {
  return allow;
});

/**
 * Services as an entity kind: they host comments, can be followed, flagged and moderated — a resident's proposal waits
 * held in the moderators' queue until one approves it — and have a shareable page; a profile lists the services a
 * person proposed that were accepted.
 */
export const serviceEntity: EntityKind = {
  type: serviceType,
  pagePath: '/services/:id',

  async describe(db, ids) {
    return new Map((await findServices(db, ids)).map((row) => [row.id, summarizeService(row)]));
  },

  async commentRules(db, id, actor) {
    if (!isUuid(id)) return null;
    const row = await findService(db, id);
    if (!row || !canReadCatalogueItem(actor, row).allowed) return null;
    return { decision: canCommentOnService(actor), stance: false, title: row.title, path: servicePath(row.id), commentCount: row.commentCount };
  },

  async onCommentsChanged(tx, id, change) {
    await tx
      .update(services)
      .set({ commentCount: sql`greatest(0, ${services.commentCount} + ${change.delta})` })
      .where(eq(services.id, id));
  },

  async setModeration(tx, id, state, reason) {
    if (!isUuid(id)) return false;
    const rows = await tx.update(services).set({ moderation: state, moderationReason: reason }).where(eq(services.id, id)).returning({ id: services.id });
    return rows.length > 0;
  },

  async authoredBy(db, userId, limit) {
    const rows = await db
      .select()
      .from(services)
      .where(and(eq(services.proposedBy, userId), eq(services.moderation, 'visible')))
      .orderBy(desc(services.createdAt))
      .limit(limit);
    return rows.map(summarizeService);
  },
};

/** Life roles as an entity kind: a resident's proposal is moderated (held until approved), and the role's page can be shared. */
export const lifeRoleEntity: EntityKind = {
  type: lifeRoleType,
  pagePath: '/services/roles/:id',

  async describe(db, ids) {
    // a role's page is addressed by its key (`/services/roles/parent`), its moderation case by its id: either describes it
    const out = new Map<string, EntitySummary>();
    for (const row of await findRolesByIdOrKey(db, ids)) for (const ref of [row.id, row.key]) if (ids.includes(ref)) out.set(ref, summarizeRole(row));
    return out;
  },

  async setModeration(tx, id, state, reason) {
    if (!isUuid(id)) return false;
    const rows = await tx.update(lifeRoles).set({ moderation: state, moderationReason: reason }).where(eq(lifeRoles.id, id)).returning({ id: lifeRoles.id });
    return rows.length > 0;
  },

  async authoredBy(db, userId, limit) {
    const rows = await db
      .select()
      .from(lifeRoles)
      .where(and(eq(lifeRoles.proposedBy, userId), eq(lifeRoles.moderation, 'visible')))
      .orderBy(desc(lifeRoles.createdAt))
      .limit(limit);
    return rows.map(summarizeRole);
  },
};
