import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { departments } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import {
  findRole,
  findService,
  myFeedback,
  myRoleIds,
  rolesOfService,
  servicesOfRole,
  visibleRoles,
  type LifeRoleRow,
  type ServiceRow,
} from '../db/queries.js';
import { residentLifeRoles, serviceFeedback, services } from '../db/schema.js';
import { mineFirst } from '../domain/services.js';
import { canChooseMyRoles, canMarkService, canReadCatalogueItem } from '../policy.js';

/** The entity kinds (comments, follows, flags, moderation, share previews) and their pages. */
export const serviceType = 'service';
export const lifeRoleType = 'life_role';
export const servicePath = (id: string) => `/services/${id}`;
export const rolePath = (key: string) => `/services/roles/${key}`;

/** The catalogue's roles for a reader: a signed-in resident's own first (marked `mine`), then the rest in order. */
export async function listRoles(ctx: ModuleContext, actor: Actor) {
  const db = ctx.database.db;
  const roles = await visibleRoles(db);
  const mine = new Set(actor.kind === 'user' ? await myRoleIds(db, actor.userId) : []);
  return mineFirst(roles, mine).map((r) => ({ ...r, mine: mine.has(r.id) }));
}

/** One public role (by key) and its public services; a proposal waiting for moderation only to its proposer and moderators (404). */
export async function getRole(ctx: ModuleContext, actor: Actor, key: string): Promise<{ role: LifeRoleRow; services: ServiceRow[] }> {
  const role = await findRole(ctx.database.db, key);
  if (!role) throw new AppError(404, 'service_role_not_found');
  authorize(actor, canReadCatalogueItem(actor, role));
  return { role, services: await servicesOfRole(ctx.database.db, role.id) };
}

/** One service's page: how to get it, its provider, its roles, who proposed it (credited) and the reader's own mark. */
export async function getService(ctx: ModuleContext, actor: Actor, id: string) {
  const db = ctx.database.db;
  const row = await findService(db, id);
  if (!row) throw new AppError(404, 'service_not_found');
  authorize(actor, canReadCatalogueItem(actor, row));
  const [roles, provider, proposer, mark] = await Promise.all([
    rolesOfService(db, row.id),
    row.providerDepartmentId
      ? db
          .select({ id: departments.id, nameRu: departments.nameRu, nameEn: departments.nameEn })
          .from(departments)
          .where(eq(departments.id, row.providerDepartmentId))
          .then((r) => r[0] ?? null)
      : null,
    row.proposedBy ? publicPeople(db, [row.proposedBy]).then((m) => m.get(row.proposedBy!) ?? null) : null,
    actor.kind === 'user' ? myFeedback(db, row.id, actor.userId) : undefined,
  ]);
  return { row, roles, provider, proposer, mark: mark ?? null };
}

/** The roles a resident chose (public ones), for their profile. */
export async function getMyRoles(ctx: ModuleContext, actor: Actor): Promise<string[]> {
  authorize(actor, canChooseMyRoles(actor));
  return myRoleIds(ctx.database.db, actor.userId);
}

/** Replaces the roles a resident chose; each must be a public role (400 `service_role_unknown` naming it otherwise). */
export async function setMyRoles(ctx: ModuleContext, actor: Actor, roleIds: string[], now = new Date()): Promise<string[]> {
  authorize(actor, canChooseMyRoles(actor));
  const visible = new Set((await visibleRoles(ctx.database.db)).map((r) => r.id));
  const unknown = roleIds.find((id) => !visible.has(id));
  if (unknown)
    throw new AppError(
      400,
      'service_role_unknown',
      { role: unknown.slice(0, 40) },
      { roleIds: { key: 'error.service_role_unknown', params: { role: unknown.slice(0, 40) } } },
    );
  await ctx.database.db.transaction(async (tx) => {
    await tx.delete(residentLifeRoles).where(eq(residentLifeRoles.userId, actor.userId));
    const unique = [...new Set(roleIds)];
    if (unique.length) await tx.insert(residentLifeRoles).values(unique.map((roleId) => ({ userId: actor.userId, roleId, createdAt: now })));
  });
  return myRoleIds(ctx.database.db, actor.userId);
}

/**
 * A resident marks a public service useful or not, with an optional note for administrators; marking again changes
 * the mark (one per person). 404 for a service that is not public. Returns the counts after the mark.
 */
export async function markService(ctx: ModuleContext, actor: Actor, id: string, input: { useful: boolean; note: string | null }, now = new Date()) {
  const db = ctx.database.db;
  authorize(actor, canMarkService(actor));
  return db.transaction(async (tx) => {
    const row = await findService(tx, id);
    if (!row) throw new AppError(404, 'service_not_found');
    authorize(actor, canMarkService(actor, row));
    // the service row first, then the mark: two marks at once on one service queue here and count right
    await tx.execute(sql`select 1 from ${services} where ${services.id} = ${row.id} for update`);
    const before = await myFeedback(tx, row.id, actor.userId);
    const note = input.note || null;
    if (before) {
      await tx
        .update(serviceFeedback)
        .set({ useful: input.useful, note, updatedAt: now })
        .where(and(eq(serviceFeedback.serviceId, row.id), eq(serviceFeedback.userId, actor.userId)));
    } else {
      await tx.insert(serviceFeedback).values({ serviceId: row.id, userId: actor.userId, useful: input.useful, note, createdAt: now, updatedAt: now });
    }
    const plus = (useful: boolean) => (input.useful === useful ? 1 : 0) - (before?.useful === useful ? 1 : 0);
    const [counts] = await tx
      .update(services)
      .set({ usefulCount: sql`${services.usefulCount} + ${plus(true)}`, notUsefulCount: sql`${services.notUsefulCount} + ${plus(false)}` })
      .where(eq(services.id, row.id))
      .returning({ useful: services.usefulCount, notUseful: services.notUsefulCount });
    return { useful: counts!.useful, notUseful: counts!.notUseful, mine: { useful: input.useful, note } };
  });
}
