import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter, searchUuids } from '../../../core/search/pages.js';
import { events } from '../db/schema.js';
import { eventPath, eventType } from './common.js';

/** Events in the city-wide search: visible ones by title, description and address, dated by their start; open until they end unless cancelled. */
export const eventSearch: SearchKind = {
  kind: eventType,
  ids: (db, after, limit) => searchIdsAfter(db, events, events.id, after, limit),
  async documents(db, ids) {
    const valid = searchUuids(ids);
    if (valid.length === 0) return [];
    const rows = await db.select().from(events).where(inArray(events.id, valid));
    const now = new Date();
    return rows.map((e) => ({
      id: e.id,
      title: e.title,
      body: [e.description, e.address].join('\n'),
      districtId: e.districtId,
      status: e.status !== 'cancelled' && e.endsAt > now ? ('open' as const) : ('closed' as const),
      date: e.startsAt,
      path: eventPath(e.id),
      visible: e.moderation === 'visible',
    }));
  },
};
