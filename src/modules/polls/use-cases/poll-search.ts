import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter, searchUuids } from '../../../core/search/pages.js';
import { pollQuestions, polls } from '../db/schema.js';

/** Polls in the city-wide search: published ones by title, description and questions; open until they close. */
export const pollSearch: SearchKind = {
  kind: 'poll',
  ids: (db, after, limit) => searchIdsAfter(db, polls, polls.id, after, limit),
  async documents(db, ids) {
    const valid = searchUuids(ids);
    if (valid.length === 0) return [];
    const rows = await db.select().from(polls).where(inArray(polls.id, valid));
    const questions = await db
      .select({ pollId: pollQuestions.pollId, text: pollQuestions.text })
      .from(pollQuestions)
      .where(inArray(pollQuestions.pollId, valid));
    const now = new Date();
    return rows.map((p) => ({
      id: p.id,
      title: p.title,
      body: [p.description, ...questions.filter((q) => q.pollId === p.id).map((q) => q.text)].join('\n'),
      districtId: p.districtIds.length === 1 ? p.districtIds[0]! : null,
      status: p.closesAt > now ? ('open' as const) : ('closed' as const),
      date: p.opensAt,
      path: `/polls/${p.id}`,
      visible: p.publishedAt !== null,
    }));
  },
};
