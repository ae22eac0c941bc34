import { eq, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import { users } from '../db/schema.js';
import { consumeToken } from './common.js';
import { startSession } from './sessions.js';

/** Confirms the e-mail behind a token (verification becomes `email`) and signs the person in. */
export async function confirmEmail(ctx: ModuleContext, token: string, userAgent: string | undefined) {
  return ctx.database.db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, 'confirm_email');
    await tx
      .update(users)
      .set({
        emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, now())`,
        verification: sql`case when ${users.verification} = 'none' then 'email' else ${users.verification} end`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    return { userId, session: await startSession(tx, userId, userAgent) };
  });
}
