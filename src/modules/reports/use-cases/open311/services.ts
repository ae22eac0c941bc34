import { sql } from 'drizzle-orm';
import { queryRows } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findReason, isReasonActive, listActiveReasons, type ReasonWithParents } from '../../db/classifier-queries.js';
import { classifierCategories, classifierObjects, classifierReasons } from '../../db/schema.js';
import { isServiceCode } from '../../domain/open311-request.js';

/** Open311 services: every public reason that can be filed (archived ones are kept for old reports, not offered). */
export async function listOpen311Services(ctx: ModuleContext): Promise<ReasonWithParents[]> {
  return (await listActiveReasons(ctx.database.db)).filter((r) => r.isPublic);
}

/** One service by its code (the reason id); 404 `open311_service_not_found` when there is none to offer. */
export async function getOpen311Service(ctx: ModuleContext, code: string): Promise<ReasonWithParents> {
  const reason = isServiceCode(code) ? await findReason(ctx.database.db, Number(code)) : undefined;
  if (!reason || !reason.isPublic || !isReasonActive(reason)) throw new AppError(404, 'open311_service_not_found', { code: code.slice(0, 20) });
  return reason;
}

/**
 * The discovery document's changeset: when the list of services or their definitions last changed
 * (the latest edit of the classifier), so clients know when to refresh what they cached.
 */
export async function open311Changeset(ctx: ModuleContext): Promise<Date> {
  const [row] = await queryRows<{ at: string | Date | null }>(
    ctx.database.db,
    sql`select greatest((select max(${classifierReasons.updatedAt}) from ${classifierReasons}),
                        (select max(${classifierCategories.updatedAt}) from ${classifierCategories}),
                        (select max(${classifierObjects.updatedAt}) from ${classifierObjects})) as at`,
  );
  return row?.at ? new Date(row.at) : new Date(0);
}
