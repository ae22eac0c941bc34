import { deleteRows, exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { eventFeeds, eventRegistrations } from './db/schema.js';

/** A person's registrations stay counted (places and attendance), no longer theirs; their calendar feed is deleted. */
export const eventsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      event_registrations: [eventRegistrations, eventRegistrations.userId],
      event_feeds: [eventFeeds, eventFeeds.userId, ['tokenHash']],
    }),
  async erase(tx, userId) {
    await unlinkRows(tx, eventRegistrations, eventRegistrations.userId, userId);
    await deleteRows(tx, eventFeeds, eventFeeds.userId, userId);
  },
};
