import { deleteRows, rowsOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { crowdExperts, crowdIdeaRatings, crowdIdeas } from './db/schema.js';

/**
 * A person's ideas, ratings and expert assignments. Ratings stay counted, no longer theirs; the assignments end; ideas
 * (reviewed, merged, put to a poll) are kept under "deleted account" whatever the choice.
 */
export const crowdsourcingPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: {
        crowd_ideas: await rowsOf(db, crowdIdeas, crowdIdeas.authorId, userId, ['search']),
        crowd_idea_ratings: await rowsOf(db, crowdIdeaRatings, crowdIdeaRatings.userId, userId),
        crowd_experts: await rowsOf(db, crowdExperts, crowdExperts.userId, userId),
      },
    };
  },
  async erase(tx, userId) {
    await unlinkRows(tx, crowdIdeaRatings, crowdIdeaRatings.userId, userId);
    await deleteRows(tx, crowdExperts, crowdExperts.userId, userId);
  },
};
