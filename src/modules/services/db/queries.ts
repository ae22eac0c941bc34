import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { lifeRoles, residentLifeRoles, serviceFeedback, serviceRoles, services } from './schema.js';

export type LifeRoleRow = typeof lifeRoles.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a text can be a row id (an id from a URL is checked before it reaches SQL). */
export const isUuid = (id: string) => uuidPattern.test(id);

/** The public roles, in the catalogue's order, each with the number of public services it lists. */
export async function visibleRoles(db: Executor): Promise<(LifeRoleRow & { serviceCount: number })[]> {
  const counts = db
    .select({ roleId: serviceRoles.roleId, n: count().as('n') })
    .from(serviceRoles)
    .innerJoin(services, and(eq(services.id, serviceRoles.serviceId), eq(services.moderation, 'visible')))
    .groupBy(serviceRoles.roleId)
    .as('counts');
  const rows = await db
    .select({ role: lifeRoles, n: counts.n })
    .from(lifeRoles)
    .leftJoin(counts, eq(counts.roleId, lifeRoles.id))
    .where(eq(lifeRoles.moderation, 'visible'))
    .orderBy(asc(lifeRoles.position), asc(lifeRoles.nameRu));
  return rows.map((r) => ({ ...r.role, serviceCount: Number(r.n ?? 0) }));
}

/** Every role, any moderation state, for administrators. */
export async function allRoles(db: Executor): Promise<LifeRoleRow[]> {
  return db.select().from(lifeRoles).orderBy(asc(lifeRoles.position), asc(lifeRoles.nameRu));
}

/** One role by key or id. */
export async function findRole(db: Executor, keyOrId: string): Promise<LifeRoleRow | undefined> {
  const [row] = await db
    .select()
    .from(lifeRoles)
    .where(isUuid(keyOrId) ? eq(lifeRoles.id, keyOrId) : eq(lifeRoles.key, keyOrId))
    .limit(1);
  return row;
}

/** Roles by id or key (any state). */
export async function findRolesByIdOrKey(db: Executor, refs: string[]): Promise<LifeRoleRow[]> {
  const ids = refs.filter(isUuid);
  const keys = refs.filter((r) => !isUuid(r)).slice(0, 200);
  if (!ids.length && !keys.length) return [];
  return db
    .select()
    .from(lifeRoles)
    .where(or(ids.length ? inArray(lifeRoles.id, ids) : undefined, keys.length ? inArray(lifeRoles.key, keys) : undefined));
}

/** The public services a role lists, by title. */
export async function servicesOfRole(db: Executor, roleId: string): Promise<ServiceRow[]> {
  const rows = await db
    .select({ service: services })
    .from(serviceRoles)
    .innerJoin(services, eq(services.id, serviceRoles.serviceId))
    .where(and(eq(serviceRoles.roleId, roleId), eq(services.moderation, 'visible')))
    .orderBy(asc(services.title));
  return rows.map((r) => r.service);
}

/** One service by id or key. */
export async function findService(db: Executor, keyOrId: string): Promise<ServiceRow | undefined> {
  const [row] = await db
    .select()
    .from(services)
    .where(isUuid(keyOrId) ? eq(services.id, keyOrId) : eq(services.key, keyOrId))
    .limit(1);
  return row;
}

/** Services by id (any state: callers decide what is public). */
export async function findServices(db: Executor, ids: string[]): Promise<ServiceRow[]> {
  const valid = ids.filter(isUuid);
  return valid.length ? db.select().from(services).where(inArray(services.id, valid)) : [];
}

/** The roles a service serves (public ones unless `all`). */
export async function rolesOfService(db: Executor, serviceId: string, opts: { all?: boolean } = {}): Promise<LifeRoleRow[]> {
  const rows = await db
    .select({ role: lifeRoles })
    .from(serviceRoles)
    .innerJoin(lifeRoles, eq(lifeRoles.id, serviceRoles.roleId))
    .where(and(eq(serviceRoles.serviceId, serviceId), opts.all ? undefined : eq(lifeRoles.moderation, 'visible')))
    .orderBy(asc(lifeRoles.position));
  return rows.map((r) => r.role);
}

/** The ids of the public roles a resident chose. */
export async function myRoleIds(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: residentLifeRoles.roleId })
    .from(residentLifeRoles)
    .innerJoin(lifeRoles, and(eq(lifeRoles.id, residentLifeRoles.roleId), eq(lifeRoles.moderation, 'visible')))
    .where(eq(residentLifeRoles.userId, userId));
  return rows.map((r) => r.id);
}

/** A resident's own mark on a service, if any. */
export async function myFeedback(db: Executor, serviceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(serviceFeedback)
    .where(and(eq(serviceFeedback.serviceId, serviceId), eq(serviceFeedback.userId, userId)))
    .limit(1);
  return row;
}

/** Every service with its marks, least useful first among those marked (what administrators look at), then by title. */
export async function servicesByUsefulness(db: Executor): Promise<ServiceRow[]> {
  return db
    .select()
    .from(services)
    .orderBy(
      sql`case when ${services.usefulCount} + ${services.notUsefulCount} = 0 then 1 else 0 end`,
      sql`${services.usefulCount}::float / nullif(${services.usefulCount} + ${services.notUsefulCount}, 0)`,
      asc(services.title),
    );
}

/** The notes residents left on a service, newest first (no names: what the service lacks, not who said it). */
export async function feedbackNotes(db: Executor, serviceId: string, limit: number) {
  return db
    .select({ useful: serviceFeedback.useful, note: serviceFeedback.note, at: serviceFeedback.updatedAt })
    .from(serviceFeedback)
    .where(and(eq(serviceFeedback.serviceId, serviceId), sql`${serviceFeedback.note} is not null`))
    .orderBy(desc(serviceFeedback.updatedAt))
    .limit(limit);
}

/** The keys of the roles each service serves, for the administrators' list. */
export async function roleKeysByService(db: Executor): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ serviceId: serviceRoles.serviceId, key: lifeRoles.key })
    .from(serviceRoles)
    .innerJoin(lifeRoles, eq(lifeRoles.id, serviceRoles.roleId))
    .orderBy(asc(lifeRoles.position));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.serviceId, [...(out.get(r.serviceId) ?? []), r.key]);
  return out;
}
