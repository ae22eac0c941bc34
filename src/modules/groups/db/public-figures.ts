import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';

/**
 * Of `userIds`, the people a verified public figure's page stands for (its creator; the page active, verified by an
 * administrator and not hidden by moderators). Messages let anyone write to them: their page invites it.
 */
export async function verifiedPublicFigures(db: Executor, userIds: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return new Set();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct created_by as id from groups
        where kind = 'public_figure' and status = 'active' and verified_at is not null and moderation <> 'hidden'
          and created_by::text in (${sql.join(
            unique.map((id) => sql`${id}`),
            sql`, `,
          )})`,
  );
  return new Set(rows.map((r) => r.id));
}
