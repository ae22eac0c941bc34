import { and, desc, isNotNull, sql } from 'drizzle-orm';
import type { AddressedPoint, ModuleContext } from '../../../../core/module/module.js';
import { reports } from '../../db/schema.js';
import { isPublicReport } from './public-reports.js';

/**
 * Public reports whose address contains the word (folded), newest first: the map search's streets and addresses.
 * Only the address and the point, which the public map and list already show; never the reporter or extra fields.
 */
export async function reportAddressedPoints(ctx: ModuleContext, word: string, limit: number): Promise<AddressedPoint[]> {
  const rows = await ctx.database.db
    .select({ address: reports.address, lat: reports.lat, lon: reports.lon })
    .from(reports)
    .where(and(isPublicReport, isNotNull(reports.address), sql`strpos(translate(lower(${reports.address}), 'ё', 'е'), ${word}) > 0`))
    .orderBy(desc(reports.createdAt))
    .limit(limit);
  return rows.map((r) => ({ address: r.address!, lat: r.lat, lon: r.lon }));
}
