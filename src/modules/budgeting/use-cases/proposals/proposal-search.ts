import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../../core/module/search.js';
import { searchIdsAfter, searchNumber } from '../../../../core/search/pages.js';
import { pbProposals } from '../../db/schema.js';
import { proposalPath, proposalType } from '../cycles/common.js';
import { proposalTitle } from './proposal-entity.js';

/** Budgeting proposals in the city-wide search: public ones (not withdrawn) by title, description, address and the experts' opinion. */
export const proposalSearch: SearchKind = {
  kind: proposalType,
  ids: (db, after, limit) => searchIdsAfter(db, pbProposals, pbProposals.number, after, limit),
  async documents(db, ids) {
    const numbers = ids.map(searchNumber).filter((n): n is number => n !== null);
    if (numbers.length === 0) return [];
    const rows = await db.select().from(pbProposals).where(inArray(pbProposals.number, numbers));
    return rows.map((r) => ({
      id: String(r.number),
      title: proposalTitle(r),
      body: [r.description, r.address ?? '', r.reviewOpinion ?? ''].join('\n'),
      districtId: r.districtId,
      // imported elections are over; a live proposal is open until found unfeasible or merged
      status: r.externalId === null && (r.status === 'submitted' || r.status === 'feasible') ? ('open' as const) : ('closed' as const),
      date: r.createdAt,
      path: proposalPath(r.number),
      visible: r.moderation === 'visible' && r.status !== 'withdrawn',
    }));
  },
};
