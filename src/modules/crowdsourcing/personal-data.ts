import { deleteRows, exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { crowdExperts, crowdIdeaRatings, crowdIdeas } from './db/schema.js';

/**
 * A person's ideas, ratings and expert assignments. Ratings stay counted, no longer theirs; the assignments end; ideas
 * (reviewed, merged, put to a poll) are kept under "deleted account" whatever the choice.
 */
export const crowdsourcingPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      crowd_ideas: [crowdIdeas, crowdIdeas.authorId, ['search']],
      crowd_idea_ratings: [crowdIdeaRatings, crowdIdeaRatings.userId],
      crowd_experts: [crowdExperts, crowdExperts.userId],
    }),
  async erase(tx, userId) {
    await unlinkRows(tx, crowdIdeaRatings, crowdIdeaRatings.userId, userId);
    await deleteRows(tx, crowdExperts, crowdExperts.userId, userId);
  },
};
