import { inArray } from 'drizzle-orm';
import type { Db } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { departmentNames, listDistricts } from '../../city/index.js';
import { findUserById, grantsOf } from '../db/queries.js';
import { users } from '../db/schema.js';
import { isBlockedNow } from '../domain/account-rules.js';

/** How many of each kind of thing a profile lists. */
const authoredLimit = 20;

/**
 * A person's public profile: name, district, roles with what they cover, and the public things they
 * created (every module that declares `authoredBy` contributes). Never e-mail or phone.
 */
export async function getPublicProfile(ctx: ModuleContext, id: string) {
  const db = ctx.database.db;
  const user = await findUserById(db, id);
  if (!user || !user.emailConfirmedAt) throw new AppError(404, 'person_not_found');
  const grants = await grantsOf(db, id);
  const departments = await departmentNames(
    db,
    grants.filter((g) => g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!),
  );
  const districts = new Map((await listDistricts(db)).map((d) => [d.id, d]));
  const authored: { type: string; items: EntitySummary[] }[] = [];
  for (const kind of ctx.entities.all()) {
    if (!kind.authoredBy) continue;
    const items = (await kind.authoredBy(db, id, authoredLimit)).filter((i) => i.visible);
    if (items.length) authored.push({ type: kind.type, items });
  }
  return {
    id: user.id,
    displayName: user.displayName,
    districtId: user.districtId,
    joinedAt: user.createdAt,
    roles: grants.map((g) => {
      const scope = g.scopeType === 'department' ? departments.get(g.scopeId ?? '') : g.scopeType === 'district' ? districts.get(g.scopeId ?? '') : undefined;
      return { role: g.role, scopeType: g.scopeType, scopeId: g.scopeId, scopeNameRu: scope?.nameRu ?? null, scopeNameEn: scope?.nameEn ?? null };
    }),
    authored,
  };
}

/** Entity summaries of people (the `person` kind): their profile is the page; blocked people are not shown. */
export async function describePeople(db: Db, ids: string[]): Promise<Map<string, EntitySummary>> {
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!unique.length) return new Map();
  const rows = await db.select().from(users).where(inArray(users.id, unique));
  const now = new Date();
  return new Map(
    rows.map((u) => [
      u.id,
      {
        type: 'person',
        id: u.id,
        title: u.displayName,
        excerpt: '',
        path: `/people/${u.id}`,
        authorId: u.id,
        visible: u.emailConfirmedAt !== null && !isBlockedNow(u, now),
        districtId: u.districtId,
        createdAt: u.createdAt,
      },
    ]),
  );
}
