import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';

/**
 * Whether two people are both current members of one active group (a banned person's membership is gone; a request
 * or an invitation is not membership). Messages use it for "only people who share a group may write to me".
 */
export async function shareAGroup(db: Executor, a: string, b: string): Promise<boolean> {
  if (a === b) return false;
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from group_members x join group_members y on y.group_id = x.group_id join groups g on g.id = x.group_id
        where x.user_id = ${a} and y.user_id = ${b} and x.state = 'member' and y.state = 'member' and g.status = 'active' limit 1`,
  );
  return rows.length > 0;
}
