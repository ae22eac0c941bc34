import { and, desc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { AddressedPoint, ModuleContext } from '../../../../core/module/module.js';
import { pbProposals } from '../../db/schema.js';

/**
 * Public proposals placed on the map whose address contains the word (folded), newest first: the map search's
 * streets and addresses. Only the address and the point, as the proposal's page shows them; never the author.
 */
export async function proposalAddressedPoints(ctx: ModuleContext, word: string, limit: number): Promise<AddressedPoint[]> {
  const rows = await ctx.database.db
    .select({ address: pbProposals.address, lat: pbProposals.lat, lon: pbProposals.lon })
    .from(pbProposals)
    .where(
      and(
        eq(pbProposals.moderation, 'visible'),
        ne(pbProposals.status, 'withdrawn'),
        isNotNull(pbProposals.address),
        isNotNull(pbProposals.lat),
        isNotNull(pbProposals.lon),
        sql`strpos(translate(lower(${pbProposals.address}), 'ё', 'е'), ${word}) > 0`,
      ),
    )
    .orderBy(desc(pbProposals.number))
    .limit(limit);
  return rows.map((r) => ({ address: r.address!, lat: r.lat!, lon: r.lon! }));
}
