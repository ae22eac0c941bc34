import { deleteRows, rowsOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { eventFeeds, eventRegistrations } from './db/schema.js';

/** A person's registrations stay counted (places and attendance), no longer theirs; their calendar feed is deleted. */
export const eventsPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: {
        event_registrations: await rowsOf(db, eventRegistrations, eventRegistrations.userId, userId),
        event_feeds: await rowsOf(db, eventFeeds, eventFeeds.userId, userId, ['tokenHash']),
      },
    };
  },
  async erase(tx, userId) {
    await unlinkRows(tx, eventRegistrations, eventRegistrations.userId, userId);
    await deleteRows(tx, eventFeeds, eventFeeds.userId, userId);
  },
};
