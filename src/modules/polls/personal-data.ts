import { eq, inArray, sql } from 'drizzle-orm';
import { latestOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { pollAnswers, pollResponses } from './db/schema.js';

/** A person's poll responses with their answers: exported; at deletion they stay counted and anonymous, the link to the person cut. */
export const pollsPersonalData: PersonalDataPart = {
  async export(db, userId) {
    const responses = await db
      .select({ id: pollResponses.id, pollId: pollResponses.pollId, districtId: pollResponses.districtId, createdAt: pollResponses.createdAt })
      .from(pollResponses)
      .where(eq(pollResponses.respondentId, userId));
    const answers = responses.length
      ? await db
          .select()
          .from(pollAnswers)
          .where(
            inArray(
              pollAnswers.responseId,
              responses.map((r) => r.id),
            ),
          )
      : [];
    return { tables: { poll_responses: responses, poll_answers: answers } };
  },
  // a response to a poll still open: the identity stays spent until it closes
  identityHeldUntil: (tx, userId, now) =>
    latestOf(
      tx,
      sql`select max(p.closes_at) as until from poll_responses r join polls p on p.id = r.poll_id
          where r.respondent_id = ${userId} and p.closes_at > ${now.toISOString()}::timestamptz`,
    ),
  async erase(tx, userId) {
    await unlinkRows(tx, pollResponses, pollResponses.respondentId, userId);
  },
};
