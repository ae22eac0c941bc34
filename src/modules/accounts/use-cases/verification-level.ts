import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { users } from '../db/schema.js';

/**
 * Marks an account as a verified resident, or takes it back (to `email` when the address was confirmed,
 * else `none`). Only the verification module calls this, inside its own transaction.
 */
export async function setResidentVerified(tx: Executor, userId: string, verified: boolean): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({
      verification: verified ? 'verified' : sql`case when ${users.emailConfirmedAt} is null then 'none' else 'email' end`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length > 0;
}
