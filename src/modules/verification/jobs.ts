import { and, isNotNull, lte, sql } from 'drizzle-orm';
import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { verifications } from './db/schema.js';

/** Kind of the recurring job that deletes deleted accounts' identity hashes once the votes they held them for closed. */
export const purgeHeldJobKind = 'verification.purge-held';

/** Deletes the held identities whose time has passed (they no longer block anyone: the purge is data minimisation). */
export async function purgeHeldIdentities(ctx: ModuleContext, now = new Date()): Promise<number> {
  const gone = await ctx.database.db
    .delete(verifications)
    .where(and(isNotNull(verifications.heldUntil), lte(verifications.heldUntil, sql`${now.toISOString()}::timestamptz`)))
    .returning({ id: verifications.id });
  return gone.length;
}

/** Hourly (a run missed while no server ran happens at the next start). */
export const verificationJobs: Record<string, JobDefinition<ModuleContext>> = {
  [purgeHeldJobKind]: {
    run: async (_payload, ctx) => {
      await purgeHeldIdentities(ctx);
    },
    every: (after) => new Date(after.getTime() + 60 * 60_000),
  },
};
