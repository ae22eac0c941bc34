import { and, eq, inArray, isNotNull, isNull, or, lte, sql, type SQL } from 'drizzle-orm';
import type { Role, RoleGrant } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { preparedOnce } from '../../../core/db/prepared.js';
import { defaultLanguage, isLanguage, type Language } from '../../../core/i18n/i18n.js';
import { roleGrants, users } from '../db/schema.js';

/** What anyone may know about a person: never e-mail or phone. */
export interface PublicPerson {
  id: string;
  displayName: string;
  districtId: string | null;
  roles: RoleGrant[];
}

/**
 * Public facts about several people at once (authors of comments, discussions, notifications): one prepared
 * statement, the roles gathered beside each person.
 */
export async function publicPeople(db: Executor, ids: string[]): Promise<Map<string, PublicPerson>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const statement = preparedOnce(db, 'people_public', '', (name) =>
    db
      .select({
        id: users.id,
        displayName: users.displayName,
        districtId: users.districtId,
        // the outer row's id written out in full: drizzle renders ${users.id} unqualified in a one-table select, which
        // inside the subquery would mean the grant's own id (and find no roles)
        roles: sql<
          RoleGrant[]
        >`coalesce((select json_agg(json_build_object('role', g.role, 'scopeType', g.scope_type, 'scopeId', g.scope_id) order by g.granted_at)
          from ${roleGrants} g where g.user_id = "users"."id"), '[]'::json)`,
      })
      .from(users)
      .where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`)
      .prepare(name),
  );
  const rows = await statement.execute({ ids: unique });
  return new Map(rows.map((r) => [r.id, r]));
}

/** The part of the public facts a signature needs: the name and the district. */
export type PublicName = Pick<PublicPerson, 'id' | 'displayName' | 'districtId'>;

/**
 * Public names as SQL another module folds into a statement of its own (a comments page brings its authors with its
 * rows): a JSON array of `[id, displayName, districtId]`, one per person whose id the subquery `ids` (one uuid column,
 * in parentheses) selects; read it with `publicNamesFromJson`.
 */
export function publicNamesJson(ids: SQL): SQL {
  return sql`(select coalesce(json_agg(json_build_array(p.id, p.display_name, p.district_id)), '[]'::json) from ${users} p where p.id in ${ids})`;
}

/** The names of a `publicNamesJson` value (as the driver parsed it, or its text), by id. */
export function publicNamesFromJson(value: unknown): Map<string, PublicName> {
  const list = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as [string, string, string | null][];
  return new Map(list.map(([id, displayName, districtId]) => [id, { id, displayName, districtId }]));
}

/**
 * Where to mail several people: confirmed e-mail, not blocked. Personal data: only the
 * notifications module uses this, to deliver what people asked to receive.
 */
export async function mailContacts(db: Executor, ids: string[]): Promise<Map<string, { email: string; displayName: string; language: Language }>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, language: users.language })
    .from(users)
    .where(and(inArray(users.id, unique), isNotNull(users.emailConfirmedAt), or(isNull(users.blockedAt), lte(users.blockedUntil, new Date()))));
  return new Map(rows.map((r) => [r.id, { email: r.email, displayName: r.displayName, language: isLanguage(r.language) ? r.language : defaultLanguage() }]));
}

/**
 * The public directory of staff: people holding a role (never ordinary residents), optionally of
 * one role and one department or district scope. Staff act in public; residents stay unlisted.
 */
export async function listStaff(db: Executor, filter: { role?: Role | undefined; scopeId?: string | undefined }, limit = 200): Promise<PublicPerson[]> {
  const conditions = [isNull(users.blockedAt)];
  if (filter.role) conditions.push(eq(roleGrants.role, filter.role));
  if (filter.scopeId) conditions.push(eq(roleGrants.scopeId, filter.scopeId));
  const ids = await db
    .selectDistinct({ id: users.id, displayName: users.displayName })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(...conditions))
    .orderBy(users.displayName)
    .limit(limit);
  const people = await publicPeople(
    db,
    ids.map((r) => r.id),
  );
  return ids.map((r) => people.get(r.id)).filter((p): p is PublicPerson => !!p);
}
