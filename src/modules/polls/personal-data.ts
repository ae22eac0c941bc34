import { eq, inArray } from 'drizzle-orm';
import { unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
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
  async erase(tx, userId) {
    await unlinkRows(tx, pollResponses, pollResponses.respondentId, userId);
  },
};
