import { eq, inArray } from 'drizzle-orm';
import { departments } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { ruleError } from '../../../core/http/errors.js';
import { queueSearchRefresh } from '../../../core/search/refresh.js';
import { lifeRoles, serviceRoles, services } from '../db/schema.js';
import { lifeRoleType, serviceType } from './catalogue.js';
import { serviceProblem, type RoleFields, type ServiceFields } from '../domain/services.js';

/** Who a saved item is from: an administrator or an import (public at once) or a resident's proposal (held for moderation). */
export interface SaveOrigin {
  proposedBy: string | null;
  held: boolean;
  now: Date;
}

/** What a service's fields refer to that is not there: a role key or a department id (the problem names the field). */
export async function serviceReferenceProblem(
  db: Executor,
  fields: Pick<ServiceFields, 'roles' | 'providerDepartmentId'>,
): Promise<{ field: string; code: string; params?: Record<string, string> } | null> {
  if (fields.providerDepartmentId) {
    const [dep] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, fields.providerDepartmentId)).limit(1);
    if (!dep) return { field: 'providerDepartmentId', code: 'service_department_unknown', params: { department: fields.providerDepartmentId } };
  }
  const known = new Set((await db.select({ key: lifeRoles.key }).from(lifeRoles).where(inArray(lifeRoles.key, fields.roles))).map((r) => r.key));
  const missing = fields.roles.find((k) => !known.has(k));
  return missing ? { field: 'roles', code: 'service_role_unknown', params: { role: missing } } : null;
}

/** Creates or updates a role by its key; a proposal is created held (never replaces a role with the same key: 409). */
export async function saveRole(tx: Executor, fields: RoleFields, origin: SaveOrigin): Promise<{ row: typeof lifeRoles.$inferSelect; created: boolean }> {
  const columns = { ...fields, updatedAt: origin.now };
  const [before] = await tx.select({ id: lifeRoles.id }).from(lifeRoles).where(eq(lifeRoles.key, fields.key)).limit(1);
  if (before && origin.held) throw ruleError({ field: 'key', code: 'service_key_taken' });
  const [row] = before
    ? await tx.update(lifeRoles).set(columns).where(eq(lifeRoles.id, before.id)).returning()
    : await tx
        .insert(lifeRoles)
        .values({ ...columns, moderation: origin.held ? 'held' : 'visible', proposedBy: origin.proposedBy, createdAt: origin.now })
        .returning();
  // the search index follows the role: rebuilt after commit, or taken out now while it waits for moderation
  await queueSearchRefresh(tx, lifeRoleType, [row!.id], { visible: row!.moderation === 'visible' });
  return { row: row!, created: !before };
}

/**
 * Creates or updates a service by its key, with the roles it serves (replacing the ones it had). 400 naming the field
 * when it says no way to get it, names two providers, or names a role or department that is not there.
 */
export async function saveService(tx: Executor, fields: ServiceFields, origin: SaveOrigin): Promise<{ row: typeof services.$inferSelect; created: boolean }> {
  const problem = serviceProblem(fields) ?? (await serviceReferenceProblem(tx, fields));
  if (problem) throw ruleError(problem);
  const { roles, ...rest } = fields;
  const columns = { ...rest, updatedAt: origin.now };
  const [before] = await tx.select({ id: services.id }).from(services).where(eq(services.key, fields.key)).limit(1);
  if (before && origin.held) throw ruleError({ field: 'title', code: 'service_key_taken' });
  const [row] = before
    ? await tx.update(services).set(columns).where(eq(services.id, before.id)).returning()
    : await tx
        .insert(services)
        .values({ ...columns, moderation: origin.held ? 'held' : 'visible', proposedBy: origin.proposedBy, createdAt: origin.now })
        .returning();
  await tx.delete(serviceRoles).where(eq(serviceRoles.serviceId, row!.id));
  const roleIds = await tx.select({ id: lifeRoles.id }).from(lifeRoles).where(inArray(lifeRoles.key, roles));
  if (roleIds.length) await tx.insert(serviceRoles).values(roleIds.map((r) => ({ serviceId: row!.id, roleId: r.id })));
  await queueSearchRefresh(tx, serviceType, [row!.id], { visible: row!.moderation === 'visible' });
  return { row: row!, created: !before };
}
