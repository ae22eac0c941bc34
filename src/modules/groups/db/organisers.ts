import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import type { GroupKind } from '../domain/groups.js';

/** A group as an organiser of something elsewhere (an event, a volunteering project, a charity cause). */
export interface OrganisingGroup {
  id: string;
  name: string;
  kind: GroupKind;
  /** Verified by an administrator (organisations and public figures); other kinds are never verified. */
  verified: boolean;
}

/**
 * The active groups a person runs (owner or admin, not banned): those on whose behalf they may organise events,
 * volunteering projects or report on a charity cause. With `groupId`, only that group (empty when they do not run it).
 */
export async function groupsRunBy(db: Executor, userId: string, groupId?: string): Promise<OrganisingGroup[]> {
  const one = groupId === undefined ? sql`` : sql` and g.id::text = ${groupId}`;
  const rows = await queryRows<{ id: string; name: string; kind: GroupKind; verified_at: Date | string | null }>(
    db,
    sql`select g.id, g.name, g.kind, g.verified_at from group_members m join groups g on g.id = m.group_id
        where m.user_id = ${userId} and m.state = 'member' and m.role in ('owner', 'admin') and g.status = 'active'
          and g.moderation <> 'hidden'
          and not exists (select 1 from group_bans b where b.group_id = g.id and b.user_id = m.user_id)${one}
        order by g.name`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, verified: r.verified_at !== null }));
}

/** Names of groups by id (for showing "organised by …" on other modules' pages); unknown ids are left out. */
export async function groupNames(db: Executor, ids: readonly string[]): Promise<Map<string, OrganisingGroup>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await queryRows<{ id: string; name: string; kind: GroupKind; verified_at: Date | string | null }>(
    db,
    sql`select id, name, kind, verified_at from groups where id::text in (${sql.join(
      unique.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind, verified: r.verified_at !== null }]));
}
